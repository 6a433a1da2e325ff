/** The opinion-analysis engine of ../shared/specs/opinion-analysis.md. */
package nl.provincie.ethiek.participation.opinion;

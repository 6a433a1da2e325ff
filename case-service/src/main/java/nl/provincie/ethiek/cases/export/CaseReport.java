package nl.provincie.ethiek.cases.export;

import static nl.provincie.ethiek.cases.export.Labels.nl;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.provincie.ethiek.cases.casefile.*;
import nl.provincie.ethiek.cases.catalogue.Catalogue;

/**
 * The readable case report: one printable HTML page in Dutch with everything the case holds, from
 * intake to re-evaluation. All case content is escaped ({@link Html}).
 */
public final class CaseReport {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("nl", "NL"))
          .withZone(ZoneId.of("Europe/Amsterdam"));
  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;\
      line-height:1.5;color:#1b1b1b}
      h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #999;margin-top:2rem}
      h3{font-size:1.05rem}dt{font-weight:600}dd{margin:0 0 .5rem 0}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}\
      th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
      .label{display:inline-block;border:2px solid #1b1b1b;padding:0 .4rem;font-weight:700}
      @media print{body{margin:0;max-width:none}h2{break-after:avoid}\
      table,tr{break-inside:avoid}.noprint{display:none}}
      """;

  private CaseReport() {}

  public static String render(EthicsCase c, Catalogue catalogue) {
    Html h = new Html();
    h.tag("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
        .element("title", "Casusrapport: " + c.intake().title())
        .tag("<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n")
        .tag("<p class=\"label\">")
        .text(nl(c.confidentiality()))
        .tag("</p>\n")
        .heading(1, c.intake().title());
    intake(h, c);
    triage(h, c);
    runs(h, c, catalogue);
    participation(h, c);
    c.advice().ifPresent(a -> advice(h, a));
    c.decision().ifPresent(d -> decision(h, d));
    followUp(h, c.followUp());
    history(h, c.history());
    return h.tag("</main>\n</body>\n</html>\n").toString();
  }

  private static void intake(Html h, EthicsCase c) {
    Intake i = c.intake();
    h.tag("<dl>\n")
        .field("Centrale vraag", i.centralQuestion())
        .field("Status", nl(c.state()))
        .field("Onderwerp", nl(i.subjectType()))
        .field("Thema", i.theme())
        .field("Aanvragende afdeling", i.requestingDepartment())
        .field("Eigenaar", i.owner())
        .field("Geopend", day(c.opening().openedAt()))
        .field("Herkomst", c.opening().reason().orElse(null))
        .field("Catalogusversie", c.opening().catalogueVersion())
        .tag("</dl>\n")
        .heading(2, "Intake")
        .tag("<dl>\n")
        .field("Beschrijving", i.description())
        .field("Probleem", i.problem())
        .field("Doel", i.goal())
        .field("Betrokken groepen", join(i.affectedGroups()))
        .field("Data", i.data())
        .field("Juridische grondslag", i.legalBasis())
        .field("Leverancier", i.supplier())
        .field("Belanghebbenden", join(i.stakeholders()))
        .field("DPIA", c.assessment().dpiaStatus().orElse(null))
        .tag("</dl>\n");
  }

  private static void triage(Html h, EthicsCase c) {
    if (c.triage().isEmpty()) {
      return;
    }
    Triage t = c.triage().get();
    h.heading(2, "Triage: kan het, mag het, willen we het?")
        .tag("<table>\n")
        .row("th", "Vraag", "Oordeel", "Onderbouwing", "Discipline");
    answer(h, "Kan het?", t.kanHet());
    answer(h, "Mag het?", t.magHet());
    answer(h, "Willen we het?", t.willenWeHet());
    h.tag("</table>\n")
        .paragraph("Route: " + nl(t.outcome()))
        .paragraph(t.referredTo() == null ? null : "Doorverwezen naar: " + t.referredTo());
    c.assessment().aiAct().ifPresent(ai -> aiAct(h, ai));
  }

  private static void aiAct(Html h, AiActAssessment ai) {
    h.heading(3, "EU AI-verordening")
        .tag("<dl>\n")
        .field("Versie beslishulp", ai.treeVersion())
        .field("Risicogroep", ai.riskGroup())
        .field("Rollen", join(ai.roles()))
        .field("Transparantieverplichting", ai.transparencyObligation() ? "ja" : "nee")
        .field("Grondrechteneffectbeoordeling (FRIA) vereist", ai.friaRequired() ? "ja" : "nee")
        .tag("</dl>\n");
  }

  private static void answer(Html h, String question, TriageAnswer a) {
    h.row("td", question, nl(a.verdict()), a.rationale(), a.discipline());
  }

  private static void runs(Html h, EthicsCase c, Catalogue catalogue) {
    for (InstrumentRun run : c.assessment().runs()) {
      var instrument = catalogue.instrument(run.instrumentId(), run.instrumentVersion());
      h.heading(2, instrument.map(Catalogue.Instrument::name).orElse(run.instrumentId()))
          .tag("<dl>\n")
          .field("Instrument en versie", run.instrumentId() + " " + run.instrumentVersion())
          .field("Gespreksleider", run.facilitator())
          .field(
              "Deelnemers",
              join(
                  run.participants().stream()
                      .map(
                          p ->
                              (p.name() == null ? "" : p.name() + ", ")
                                  + p.role()
                                  + " ("
                                  + p.discipline()
                                  + ")")
                      .toList()))
          .tag("</dl>\n");
      for (InstrumentRun.StepResponse step : run.steps()) {
        var current = step.revisions().get(step.revisions().size() - 1);
        h.heading(
                3,
                instrument
                    .flatMap(i -> i.step(step.stepId()))
                    .map(Catalogue.Step::title)
                    .orElse(step.stepId()))
            .paragraph(current.text())
            .paragraph(
                "Door "
                    + current.author()
                    + ", versie "
                    + current.number()
                    + " van "
                    + step.revisions().size());
      }
      values(h, run.values());
      for (InstrumentRun.Dilemma d : run.dilemmas()) {
        h.heading(3, "Dilemma: " + d.question())
            .tag("<dl>\n")
            .field("Optie A", d.optionA())
            .field("Schade bij A", d.harmA())
            .field("Optie B", d.optionB())
            .field("Schade bij B", d.harmB())
            .field("Conclusie", d.conclusion())
            .tag("</dl>\n");
      }
      for (InstrumentRun.RightsTest r : run.rightsTests()) {
        h.heading(3, "Grondrecht: " + r.right())
            .tag("<dl>\n")
            .field("Specifieke wet", r.specificLaw())
            .field("Ernst", r.severity())
            .field("Doelen", r.goals())
            .field("Doeltreffendheid", r.effectiveness())
            .field("Noodzakelijkheid", r.necessity())
            .field("Proportionaliteit", r.proportionality())
            .field("Conclusie", r.conclusion())
            .tag("</dl>\n");
      }
    }
  }

  private static void values(Html h, List<InstrumentRun.ValueAssessment> values) {
    if (values.isEmpty()) {
      return;
    }
    h.heading(3, "Waarden")
        .tag("<table>\n")
        .row("th", "Waarde", "Negatieve invloed", "Toelichting", "Argumenten voor", "Tegen");
    for (InstrumentRun.ValueAssessment v : values) {
      h.row(
          "td",
          v.valueName(),
          v.influence() == null ? "in het geding" : nl(v.influence()),
          v.explanation(),
          join(v.argumentsFor()),
          join(v.argumentsAgainst()));
    }
    h.tag("</table>\n");
  }

  private static void participation(Html h, EthicsCase c) {
    for (ParticipationInput p : c.participation().inputs()) {
      h.heading(2, "Inwonersgesprek: " + p.title())
          .paragraph(
              p.participantCount()
                  + " deelnemers, "
                  + p.statementCount()
                  + " stellingen, "
                  + p.voteCount()
                  + " stemmen")
          .paragraph("Gedeelde stellingen:")
          .list(p.consensusStatements());
      for (ParticipationInput.OpinionGroup g : p.groups()) {
        h.heading(3, g.label() + " (" + g.size() + " deelnemers)")
            .paragraph("Wat deze groep kenmerkt:")
            .list(representative(g));
      }
      h.paragraph(p.howUsed() == null ? null : "Gebruikt: " + p.howUsed());
    }
  }

  /** Each statement with whether the group agreed or disagreed; older reports lack the stance. */
  private static List<String> representative(ParticipationInput.OpinionGroup g) {
    List<String> lines = new ArrayList<>();
    for (ParticipationInput.RepresentativeStatement r : g.representative()) {
      lines.add(
          r.text()
              + " - "
              + (r.stance() == ParticipationInput.Stance.AGREE ? "eens" : "oneens")
              + " ("
              + r.successes()
              + " van "
              + r.trials()
              + " stemmen)");
    }
    for (String text : g.representativeStatements()) {
      lines.add(text + " - eens of oneens niet bekend");
    }
    return lines;
  }

  private static void advice(Html h, Advice a) {
    h.heading(2, a.adoptedAt() == null ? "Conceptadvies" : "Advies")
        .tag("<dl>\n")
        .field("Strekking", nl(a.kind()))
        .field("Samenvatting", a.summary())
        .field("Overwegingen", a.considerations())
        .field("Afwijkende mening", a.dissent())
        .field("Vastgesteld", a.adoptedAt() == null ? null : day(a.adoptedAt()))
        .tag("</dl>\n");
    if (!a.conditions().isEmpty()) {
      h.paragraph("Voorwaarden:").list(a.conditions());
    }
  }

  private static void decision(Html h, Decision d) {
    h.heading(2, "Besluit")
        .tag("<dl>\n")
        .field("Besluitvormer", nl(d.decisionMaker()))
        .field("Pas toe of leg uit", nl(d.kind()))
        .field("Besluit", d.summary())
        .field("Motivering", d.motivation())
        .field("Datum", d.decidedOn())
        .tag("</dl>\n");
  }

  private static void followUp(Html h, FollowUp f) {
    if (f.actions().isEmpty() && f.indicators().isEmpty() && f.reEvaluation().isEmpty()) {
      return;
    }
    h.heading(2, "Opvolging");
    if (!f.actions().isEmpty()) {
      h.tag("<table>\n").row("th", "Actie", "Eigenaar", "Uiterlijk", "Status", "Bewijs");
      for (FollowUpAction a : f.actions()) {
        h.row("td", a.title(), a.owner(), a.dueDate(), nl(a.status()), join(a.evidence()));
      }
      h.tag("</table>\n");
    }
    if (!f.indicators().isEmpty()) {
      h.heading(3, "Indicatoren")
          .tag("<table>\n")
          .row("th", "Indicator", "Doel", "Laatste meting", "Gemeten op");
      for (Indicator i : f.indicators()) {
        h.row("td", i.name(), i.target(), i.latestValue(), i.measuredOn());
      }
      h.tag("</table>\n");
    }
    f.reEvaluation().ifPresent(r -> reEvaluation(h, r));
  }

  private static void reEvaluation(Html h, ReEvaluation r) {
    h.heading(3, "Herbeoordeling")
        .tag("<dl>\n")
        .field("Volgende", r.dueDate())
        .field("Aanleiding", nl(r.trigger()))
        .field("Elke", r.periodMonths() == null ? null : r.periodMonths() + " maanden")
        .field("Reden", r.reason())
        .tag("</dl>\n");
  }

  private static void history(Html h, List<StateChange> history) {
    h.heading(2, "Verloop").tag("<table>\n").row("th", "Datum", "Van", "Naar", "Door", "Reden");
    for (StateChange s : history) {
      h.row("td", day(s.at()), nl(s.from()), nl(s.to()), s.actor(), s.reason());
    }
    h.tag("</table>\n");
  }

  private static String day(Instant at) {
    return at == null ? null : DAY.format(at);
  }

  private static String join(List<String> items) {
    return items == null || items.isEmpty() ? null : String.join("; ", items);
  }
}

package nl.provincie.ethiek.participation.statement;

import java.util.UUID;

/** In-process notice: the statements of a conversation changed (added, moderated, withdrawn). */
public record StatementsChanged(UUID conversationId) {}

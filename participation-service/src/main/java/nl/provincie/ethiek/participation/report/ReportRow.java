package nl.provincie.ethiek.participation.report;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A published report as stored: the JSON that was published, by conversation. */
@MappedEntity("conversation_report")
record ReportRow(@Id UUID conversationId, Instant publishedAt, String report) {}

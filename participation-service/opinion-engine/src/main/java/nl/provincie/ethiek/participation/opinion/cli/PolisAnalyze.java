package nl.provincie.ethiek.participation.opinion.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.provincie.ethiek.participation.opinion.ConsensusStatement;
import nl.provincie.ethiek.participation.opinion.Group;
import nl.provincie.ethiek.participation.opinion.OpinionEngine;
import nl.provincie.ethiek.participation.opinion.ParticipantPosition;
import nl.provincie.ethiek.participation.opinion.RepresentativeStatement;
import nl.provincie.ethiek.participation.opinion.Snapshot;
import nl.provincie.ethiek.participation.opinion.StatementSummary;

/** {@code polis-analyze <export-folder>}: a cold computation of a pol.is export, as JSON. */
public final class PolisAnalyze {
  private PolisAnalyze() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    if (args.length != 1 || args[0].equals("-h") || args[0].equals("--help")) {
      System.err.println("usage: polis-analyze <pol.is-export-folder>");
      System.err.println("  reads votes.csv (or participants-votes.csv) and comments.csv,");
      System.err.println("  prints the opinion map as JSON on stdout");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    if (!Files.isDirectory(folder)) {
      System.err.println("polis-analyze: not a folder: " + folder);
      System.exit(2);
    }
    try {
      out.println(analyse(folder));
      out.flush();
    } catch (IOException e) {
      System.err.println("polis-analyze: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The JSON document for an export folder. */
  public static String analyse(Path folder) throws IOException {
    PolisExport export = PolisExport.read(folder);
    long start = System.nanoTime();
    OpinionEngine engine =
        OpinionEngine.rebuild(
            export.statements(), export.meta(), export.votes(), export.rejected());
    Snapshot snapshot = engine.latest().orElseThrow();
    long millis = (System.nanoTime() - start) / 1_000_000;
    return toJson(snapshot, millis);
  }

  static String toJson(Snapshot snapshot, long millis) {
    Json json = new Json().beginObject();
    json.name("k").value(snapshot.k());
    json.name("tick").value(snapshot.tick());
    json.name("participants").beginArray();
    for (ParticipantPosition p : snapshot.participants()) {
      json.beginObject().name("id").value(p.id().toString()).name("group");
      if (p.group().isPresent()) {
        json.value(p.group().getAsInt());
      } else {
        json.nullValue();
      }
      json.name("x").value(p.x()).name("y").value(p.y()).endObject();
    }
    json.endArray();
    json.name("groups").beginArray();
    for (Group group : snapshot.groups()) {
      json.beginObject().name("id").value(group.id()).name("size").value(group.size());
      json.name("representative").beginArray();
      for (RepresentativeStatement r : group.representative()) {
        json.beginObject()
            .name("statement")
            .value(r.statement().toString())
            .name("direction")
            .value(r.direction().label())
            .name("successes")
            .value(r.successes())
            .name("trials")
            .value(r.trials())
            .name("p")
            .value(r.probability())
            .name("pTest")
            .value(r.probabilityZ())
            .name("repness")
            .value(r.repness())
            .name("repnessTest")
            .value(r.repnessZ())
            .endObject();
      }
      json.endArray().endObject();
    }
    json.endArray();
    json.name("consensus").beginObject();
    json.name("agree");
    consensus(json, snapshot.consensus().agree());
    json.name("disagree");
    consensus(json, snapshot.consensus().disagree());
    json.endObject();
    json.name("statements").beginArray();
    for (StatementSummary s : snapshot.statements()) {
      json.beginObject()
          .name("id")
          .value(s.id().toString())
          .name("agrees")
          .value(s.castAgrees())
          .name("disagrees")
          .value(s.castDisagrees())
          .name("latestAgrees")
          .value(s.agrees())
          .name("latestDisagrees")
          .value(s.disagrees())
          .name("latestPasses")
          .value(s.passes())
          .name("rejected")
          .value(s.rejected())
          .name("meta")
          .value(s.meta())
          .name("x")
          .value(s.x())
          .name("y")
          .value(s.y())
          .name("extremity")
          .value(s.extremity())
          .name("groupInformedConsensus")
          .value(s.groupInformedConsensus().agree())
          .name("groupInformedDissent")
          .value(s.groupInformedConsensus().disagree())
          .name("priority")
          .value(s.priority())
          .endObject();
    }
    json.endArray();
    json.name("millis").value(millis);
    return json.endObject().toString();
  }

  private static void consensus(Json json, java.util.List<ConsensusStatement> statements) {
    json.beginArray();
    for (ConsensusStatement c : statements) {
      json.beginObject()
          .name("statement")
          .value(c.statement().toString())
          .name("successes")
          .value(c.successes())
          .name("trials")
          .value(c.trials())
          .name("p")
          .value(c.probability())
          .name("pTest")
          .value(c.probabilityZ())
          .endObject();
    }
    json.endArray();
  }
}

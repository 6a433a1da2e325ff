package nl.provincie.ethiek.cases.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads the catalogue from classpath resources under {@code catalogue/}: the index, this project's
 * own instrument and value-framework files, and the publishers' files in their own formats (IAMA as
 * a task registry, the AI Act decision aid, the ODI model as JSON).
 */
public final class CatalogueLoader {

  private final String root;

  public CatalogueLoader(String root) {
    this.root = root.endsWith("/") ? root : root + "/";
  }

  public Catalogue load() {
    Map<String, Object> index = read("catalogue.yaml");
    List<Catalogue.Instrument> instruments = new ArrayList<>();
    for (String file : strings(index.get("instrumentFiles"))) {
      for (Map<String, Object> i : maps(read(file).get("instruments"))) {
        instruments.add(instrument(i));
      }
    }
    List<Catalogue.ValueFramework> frameworks = new ArrayList<>();
    for (String file : strings(index.get("valueFrameworkFiles"))) {
      for (Map<String, Object> f : maps(read(file).get("frameworks"))) {
        frameworks.add(framework(f));
      }
    }
    AiActTree aiAct = null;
    for (Map<String, Object> ext : maps(index.get("external"))) {
      Map<String, Object> data = read(text(ext, "file"));
      switch (text(ext, "format")) {
        case "task-registry" -> instruments.add(taskRegistry(ext, data));
        case "ai-act-beslishulp" -> {
          aiAct = aiActTree(data);
          instruments.add(aiActInstrument(ext, aiAct));
        }
        default -> throw new IllegalStateException("Unknown catalogue format in " + ext);
      }
    }
    Map<String, Object> maturity = maps(index.get("maturityModels")).get(0);
    return new Catalogue(
        text(index, "catalogueVersion"),
        List.copyOf(instruments),
        List.copyOf(frameworks),
        aiAct,
        maturityModel(maturity, read(text(maturity, "file"))));
  }

  private static Catalogue.Instrument instrument(Map<String, Object> i) {
    List<Catalogue.Step> steps =
        maps(i.get("steps")).stream()
            .map(s -> new Catalogue.Step(text(s, "id"), text(s, "title"), (String) s.get("part")))
            .toList();
    return new Catalogue.Instrument(
        text(i, "id"),
        text(i, "version"),
        text(i, "name"),
        text(i, "kind"),
        (String) i.get("source"),
        strings(i.get("valueFrameworks")),
        steps);
  }

  private static Catalogue.ValueFramework framework(Map<String, Object> f) {
    List<Catalogue.Foundation> foundations =
        maps(f.get("foundations")).stream()
            .map(x -> new Catalogue.Foundation(text(x, "name"), strings(x.get("principles"))))
            .toList();
    List<Catalogue.Value> values =
        maps(f.get("values")).stream()
            .map(
                v ->
                    new Catalogue.Value(text(v, "id"), text(v, "name"), (String) v.get("question")))
            .toList();
    return new Catalogue.ValueFramework(
        text(f, "id"),
        text(f, "version"),
        text(f, "name"),
        (String) f.get("source"),
        Boolean.TRUE.equals(f.get("open")),
        foundations,
        values);
  }

  /**
   * IAMA: each task is a step, its URN's last segment the id ("1.1.1"), its first digit the part.
   */
  private static Catalogue.Instrument taskRegistry(
      Map<String, Object> ext, Map<String, Object> data) {
    List<Catalogue.Step> steps = new ArrayList<>();
    for (Map<String, Object> task : maps(data.get("tasks"))) {
      String urn = text(task, "urn");
      String id = urn.substring(urn.lastIndexOf(':') + 1);
      steps.add(new Catalogue.Step(id, text(task, "question"), "deel " + id.substring(0, 1)));
    }
    return new Catalogue.Instrument(
        text(ext, "id"),
        text(ext, "version"),
        text(data, "name"),
        text(ext, "kind"),
        (String) data.get("url"),
        List.of(),
        List.copyOf(steps));
  }

  private static AiActTree aiActTree(Map<String, Object> data) {
    Map<String, AiActTree.Question> questions = new LinkedHashMap<>();
    for (Map<String, Object> q : maps(data.get("questions"))) {
      List<AiActTree.Option> options =
          maps(q.get("answers")).stream()
              .map(
                  a ->
                      new AiActTree.Option(
                          text(a, "answer"),
                          strings(a.get("labels")),
                          (String) a.get("nextQuestionId"),
                          (String) a.get("nextConclusionId"),
                          maps(a.get("redirects")).stream()
                              .map(
                                  r ->
                                      new AiActTree.Redirect(
                                          text(r, "if"),
                                          (String) r.get("nextQuestionId"),
                                          (String) r.get("nextConclusionId")))
                              .toList()))
              .toList();
      String id = text(q, "questionId");
      questions.put(
          id, new AiActTree.Question(id, text(q, "question"), (String) q.get("category"), options));
    }
    Map<String, String> conclusions = new LinkedHashMap<>();
    for (Map<String, Object> c : maps(data.get("conclusions"))) {
      conclusions.put(text(c, "conclusionId"), text(c, "conclusion"));
    }
    String first = questions.keySet().stream().findFirst().orElse(null);
    AiActTree tree =
        new AiActTree(text(data, "version"), text(data, "name"), first, questions, conclusions);
    checkSteps(tree);
    return tree;
  }

  /** Every step of the tree leads to a question or conclusion it has: a broken tree stops us. */
  private static void checkSteps(AiActTree tree) {
    for (AiActTree.Question q : tree.questions().values()) {
      for (AiActTree.Option o : q.options()) {
        List<String[]> steps = new ArrayList<>();
        steps.add(new String[] {o.nextQuestionId(), o.nextConclusionId()});
        o.redirects()
            .forEach(r -> steps.add(new String[] {r.nextQuestionId(), r.nextConclusionId()}));
        boolean leads = false;
        for (String[] step : steps) {
          if (step[0] != null && !tree.questions().containsKey(step[0])
              || step[1] != null && !tree.conclusions().containsKey(step[1])) {
            throw new IllegalStateException(
                "Decision tree question " + q.id() + " leads to an unknown step: " + o.answer());
          }
          leads |= step[0] != null || step[1] != null;
        }
        if (!leads) {
          throw new IllegalStateException(
              "Decision tree question " + q.id() + " answer '" + o.answer() + "' leads nowhere");
        }
      }
    }
  }

  private static Catalogue.Instrument aiActInstrument(Map<String, Object> ext, AiActTree tree) {
    List<Catalogue.Step> steps =
        tree.questions().values().stream()
            .map(q -> new Catalogue.Step(q.id(), q.text(), q.category()))
            .toList();
    return new Catalogue.Instrument(
        text(ext, "id"), tree.version(), tree.name(), text(ext, "kind"), null, List.of(), steps);
  }

  private static MaturityModel maturityModel(Map<String, Object> ref, Map<String, Object> data) {
    List<MaturityModel.Dimension> dimensions = new ArrayList<>();
    int d = 0;
    for (Map<String, Object> dimension : maps(data.get("dimensions"))) {
      d++;
      List<MaturityModel.Question> questions = new ArrayList<>();
      for (Map<String, Object> activity : maps(dimension.get("activities"))) {
        for (Map<String, Object> q : maps(activity.get("questions"))) {
          List<String> statements =
              maps(q.get("statements")).stream().map(s -> text(s, "text")).toList();
          questions.add(
              new MaturityModel.Question(
                  d + "." + (questions.size() + 1), text(q, "text"), statements));
        }
      }
      dimensions.add(new MaturityModel.Dimension(text(dimension, "name"), List.copyOf(questions)));
    }
    return new MaturityModel(
        text(ref, "id"),
        text(ref, "version"),
        text(data, "title"),
        strings(data.get("levels")),
        List.copyOf(dimensions));
  }

  private Map<String, Object> read(String file) {
    String path = root + file;
    try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Catalogue resource missing: " + path);
      }
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(10 * 1024 * 1024);
      // IAMA refers to one answer template from each of its 57 questions
      options.setMaxAliasesForCollections(200);
      Object parsed = new Yaml(options).load(in);
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) parsed;
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path, e);
    }
  }

  private static String text(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("Catalogue entry lacks '" + key + "': " + map.keySet());
    }
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null
        ? List.of()
        : ((List<Object>) value).stream().map(String::valueOf).toList();
  }
}

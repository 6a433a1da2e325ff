package nl.provincie.ethiek.cases.worklist.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.provincie.ethiek.cases.casefile.CaseState;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.service.Actor;
import nl.provincie.ethiek.cases.casefile.service.CaseFiles;
import nl.provincie.ethiek.servicekit.security.Roles;

/** The three roles' worklists: adviser (commission), driver (intake), keeper (follow-up). */
@Controller("/api/v1/worklists")
@Tag(name = "Worklists")
@Secured({Roles.COMMISSION_MEMBER, Roles.SECRETARY, Roles.ETHICS_OFFICER})
class WorklistController {

  private static final ZoneId PROVINCE = ZoneId.of("Europe/Amsterdam");

  private final CaseFiles cases;

  WorklistController(CaseFiles cases) {
    this.cases = cases;
  }

  @Get("/commission")
  @Operation(summary = "Open cases grouped by state, in lifecycle order")
  Map<CaseState, List<Item>> commission(Authentication auth) {
    Map<CaseState, List<Item>> byState = new LinkedHashMap<>();
    for (CaseState state : CaseState.values()) {
      List<Item> items =
          readable(auth).stream().filter(c -> c.state() == state).map(Item::of).toList();
      if (!items.isEmpty() && state != CaseState.CLOSED && state != CaseState.WITHDRAWN) {
        byState.put(state, items);
      }
    }
    return byState;
  }

  @Get("/driver")
  @Operation(
      summary = "Cases awaiting triage, proposals from the register first, with their reason")
  List<Item> driver(Authentication auth) {
    return readable(auth).stream()
        .filter(c -> Set.of(CaseState.SUBMITTED, CaseState.IN_TRIAGE).contains(c.state()))
        .sorted(Comparator.comparing((EthicsCase c) -> c.opening().origin().name()).reversed())
        .map(Item::of)
        .toList();
  }

  @Get("/keeper")
  @Operation(
      summary = "Open and overdue actions; upcoming (within N days) and overdue re-evaluations")
  Keeping keeper(@QueryValue @Nullable Integer withinDays, Authentication auth) {
    LocalDate today = LocalDate.now(PROVINCE);
    LocalDate horizon = today.plusDays(withinDays == null ? 60 : withinDays);
    List<EthicsCase> open = readable(auth).stream().filter(EthicsCase::isOpen).toList();
    List<ActionItem> actions =
        open.stream()
            .flatMap(
                c ->
                    c.followUp().actions().stream()
                        .filter(a -> a.status().isOpen())
                        .map(
                            a ->
                                new ActionItem(
                                    c.id().value(),
                                    c.intake().title(),
                                    a.id(),
                                    a.title(),
                                    a.owner(),
                                    a.dueDate(),
                                    a.status().name(),
                                    a.isOverdueOn(today) || a.status().name().equals("OVERDUE"))))
            .sorted(Comparator.comparing(ActionItem::dueDate))
            .toList();
    List<ReEvaluationItem> reEvaluations =
        open.stream()
            .flatMap(
                c ->
                    c.followUp().reEvaluation().stream()
                        .filter(r -> !r.dueDate().isAfter(horizon))
                        .map(
                            r ->
                                new ReEvaluationItem(
                                    c.id().value(),
                                    c.intake().title(),
                                    r.dueDate(),
                                    r.trigger().name(),
                                    r.periodMonths(),
                                    r.dueDate().isBefore(today))))
            .sorted(Comparator.comparing(ReEvaluationItem::dueDate))
            .toList();
    return new Keeping(
        actions,
        actions.stream().filter(ActionItem::overdue).count(),
        reEvaluations,
        reEvaluations.stream().filter(ReEvaluationItem::overdue).count());
  }

  private List<EthicsCase> readable(Authentication auth) {
    return cases.all(new Actor(auth.getName(), Set.copyOf(auth.getRoles())));
  }

  @Serdeable
  record Item(
      UUID id,
      String title,
      CaseState state,
      String origin,
      String reason,
      List<UUID> registerEntryIds) {
    static Item of(EthicsCase c) {
      return new Item(
          c.id().value(),
          c.intake().title(),
          c.state(),
          c.opening().origin().name(),
          c.opening().reason().orElse(null),
          c.registerEntryIds());
    }
  }

  @Serdeable
  record ActionItem(
      UUID caseId,
      String caseTitle,
      UUID actionId,
      String title,
      String owner,
      LocalDate dueDate,
      String status,
      boolean overdue) {}

  @Serdeable
  record ReEvaluationItem(
      UUID caseId,
      String caseTitle,
      LocalDate dueDate,
      String trigger,
      Integer periodMonths,
      boolean overdue) {}

  @Serdeable
  record Keeping(
      List<ActionItem> actions,
      long overdueActions,
      List<ReEvaluationItem> reEvaluations,
      long overdueReEvaluations) {}
}

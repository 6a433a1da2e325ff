package nl.provincie.ethiek.cases.casefile.service;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.provincie.ethiek.cases.audit.store.AuditTrail;
import nl.provincie.ethiek.cases.casefile.CaseEvent;
import nl.provincie.ethiek.cases.casefile.CaseNotFound;
import nl.provincie.ethiek.cases.casefile.Changed;
import nl.provincie.ethiek.cases.casefile.EthicsCase;
import nl.provincie.ethiek.cases.casefile.store.CaseStore;
import nl.provincie.ethiek.servicekit.events.Outbox;

/**
 * The case use cases. Each change runs in one transaction: the case is locked, the command applied,
 * the new document stored, an audit entry appended (before and after) and the raised events written
 * to the outbox.
 */
@Singleton
public class CaseFiles {

  private final CaseStore store;
  private final CaseJson json;
  private final AuditTrail audit;
  private final Outbox outbox;
  private final Clock clock = Clock.systemUTC();

  CaseFiles(CaseStore store, CaseJson json, AuditTrail audit, Outbox outbox) {
    this.store = store;
    this.json = json;
    this.audit = audit;
    this.outbox = outbox;
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Stores a newly opened (or imported) case with its audit entry and events. */
  @Transactional
  public EthicsCase create(Changed opened, Actor actor, String action) {
    Instant now = now();
    String after = json.write(opened.after());
    store.save(opened.after(), after, now);
    audit.append(opened.after().id().value(), actor.name(), action, null, after, now);
    publish(opened.events());
    return opened.after();
  }

  /**
   * Applies a command to a case the actor may read. A command that changes nothing stores nothing
   * and leaves no audit entry.
   */
  @Transactional
  public EthicsCase change(
      UUID id, Actor actor, String action, Function<EthicsCase, Changed> command) {
    String before = store.lock(id).orElseThrow(() -> notFound(id));
    EthicsCase current = json.read(before);
    if (!actor.mayRead(current.confidentiality())) {
      throw notFound(id);
    }
    Changed changed = command.apply(current);
    String after = json.write(changed.after());
    // The stored text is PostgreSQL's jsonb rendering (its own key order and spacing), so "nothing
    // changed" is decided on the case written the same way before and after the command.
    if (after.equals(json.write(current)) && changed.events().isEmpty()) {
      return current;
    }
    Instant now = now();
    store.save(changed.after(), after, now);
    audit.append(id, actor.name(), action, before, after, now);
    publish(changed.events());
    return changed.after();
  }

  @Transactional
  public EthicsCase get(UUID id, Actor actor) {
    return find(id, actor).orElseThrow(() -> notFound(id));
  }

  @Transactional
  public Optional<EthicsCase> find(UUID id, Actor actor) {
    return store.find(id).map(json::read).filter(c -> actor.mayRead(c.confidentiality()));
  }

  @Transactional
  public List<EthicsCase> all(Actor actor) {
    return store.all().stream()
        .map(json::read)
        .filter(c -> actor.mayRead(c.confidentiality()))
        .toList();
  }

  @Transactional
  public List<EthicsCase> open() {
    return store.open().stream().map(json::read).toList();
  }

  @Transactional
  public List<EthicsCase> concerning(UUID registerEntryId) {
    return store.concerning(registerEntryId).stream().map(json::read).toList();
  }

  private void publish(List<CaseEvent> events) {
    for (CaseEvent event : events) {
      outbox.append(event.topic(), event.caseId().toString(), event);
    }
  }

  private static CaseNotFound notFound(UUID id) {
    return new CaseNotFound(id);
  }
}

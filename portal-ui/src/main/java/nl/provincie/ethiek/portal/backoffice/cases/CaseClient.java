package nl.provincie.ethiek.portal.backoffice.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.provincie.ethiek.portal.backoffice.login.StaffCredentials;
import nl.provincie.ethiek.portal.backoffice.login.StaffSession;
import nl.provincie.ethiek.portal.http.StaffHttp;
import nl.provincie.ethiek.portal.http.StaffServices;
import nl.provincie.ethiek.portal.shell.ServiceLocator;

/**
 * The case service's API for the commission, the secretary and the ethics officer, called as the
 * signed-in member. Case answers are the service's {@code CaseView}: {@code ethicsCase} and {@code
 * allowedTransitions}.
 */
final class CaseClient {

  private final StaffHttp http;
  private final StaffCredentials who;

  CaseClient(StaffHttp http, StaffCredentials who) {
    this.http = http;
    this.who = who;
  }

  static CaseClient current() {
    return new CaseClient(
        ServiceLocator.get(StaffServices.class).cases(), StaffSession.require().credentials());
  }

  JsonNode commissionWorklist() {
    return http.get(who, "/worklists/commission", JsonNode.class);
  }

  JsonNode driverWorklist() {
    return http.get(who, "/worklists/driver", JsonNode.class);
  }

  JsonNode keeperDashboard() {
    return http.get(who, "/worklists/keeper", JsonNode.class);
  }

  JsonNode get(UUID id) {
    return http.get(who, "/cases/" + id, JsonNode.class);
  }

  JsonNode catalogue() {
    return http.get(who, "/catalogue", JsonNode.class);
  }

  JsonNode instrument(String id, String version) {
    return http.get(who, "/catalogue/instruments/" + id + "/" + version, JsonNode.class);
  }

  JsonNode frameworks() {
    return http.get(who, "/catalogue/value-frameworks", JsonNode.class);
  }

  JsonNode transition(UUID id, String to, String reason) {
    return http.post(
        who, "/cases/" + id + "/transitions", Map.of("to", to, "reason", reason), JsonNode.class);
  }

  JsonNode triage(UUID id, Object body) {
    return http.put(who, "/cases/" + id + "/triage", body, JsonNode.class);
  }

  JsonNode startRun(UUID id, String instrumentId) {
    return http.post(
        who,
        "/cases/" + id + "/instrument-runs",
        Map.of("instrumentId", instrumentId),
        JsonNode.class);
  }

  JsonNode answerStep(UUID id, String runId, String stepId, String text) {
    return http.put(
        who,
        "/cases/" + id + "/instrument-runs/" + runId + "/steps/" + stepId,
        Map.of("text", text),
        JsonNode.class);
  }

  JsonNode assessValue(UUID id, String runId, Object body) {
    return http.post(
        who, "/cases/" + id + "/instrument-runs/" + runId + "/values", body, JsonNode.class);
  }

  JsonNode requestParticipation(UUID id, Object body) {
    return http.post(who, "/cases/" + id + "/participation-requests", body, JsonNode.class);
  }

  JsonNode useParticipation(UUID id, String conversationId, String howUsed) {
    return http.post(
        who,
        "/cases/" + id + "/participation/" + conversationId + "/use",
        Map.of("howUsed", howUsed),
        JsonNode.class);
  }

  JsonNode advice(UUID id, Object body) {
    return http.put(who, "/cases/" + id + "/advice", body, JsonNode.class);
  }

  JsonNode decision(UUID id, Object body) {
    return http.post(who, "/cases/" + id + "/decision", body, JsonNode.class);
  }

  JsonNode addAction(UUID id, Object body) {
    return http.post(who, "/cases/" + id + "/actions", body, JsonNode.class);
  }

  JsonNode updateAction(UUID id, String actionId, String status) {
    return http.post(
        who,
        "/cases/" + id + "/actions/" + actionId + "/status",
        Map.of("status", status),
        JsonNode.class);
  }

  JsonNode confidentiality(UUID id, String level) {
    return http.put(
        who, "/cases/" + id + "/confidentiality", Map.of("confidentiality", level), JsonNode.class);
  }

  JsonNode addIndicator(UUID id, Object body) {
    return http.post(who, "/cases/" + id + "/indicators", body, JsonNode.class);
  }

  JsonNode scheduleReEvaluation(UUID id, Object body) {
    return http.put(who, "/cases/" + id + "/re-evaluation", body, JsonNode.class);
  }

  JsonNode triggerReEvaluation(UUID id, Object body) {
    return http.post(who, "/cases/" + id + "/re-evaluation/trigger", body, JsonNode.class);
  }

  /** The case's audit entries, oldest first, each with its hash and the previous one's. */
  JsonNode auditTrail(UUID id) {
    return http.get(who, "/cases/" + id + "/audit", JsonNode.class);
  }

  /** The service's check of the whole hash chain against the heads it published. */
  JsonNode verifyAudit() {
    return http.get(who, "/audit/verify", JsonNode.class);
  }

  JsonNode addDilemma(UUID id, String runId, Object body) {
    return http.post(
        who, "/cases/" + id + "/instrument-runs/" + runId + "/dilemmas", body, JsonNode.class);
  }

  JsonNode addRightsTest(UUID id, String runId, Object body) {
    return http.post(
        who, "/cases/" + id + "/instrument-runs/" + runId + "/rights-tests", body, JsonNode.class);
  }

  /** The national AI Act decision aid in the version the case service loaded. */
  JsonNode aiActTree() {
    return http.get(who, "/catalogue/ai-act", JsonNode.class);
  }

  JsonNode classifyAiAct(UUID id, List<Map<String, String>> answers) {
    return http.put(who, "/cases/" + id + "/ai-act", Map.of("answers", answers), JsonNode.class);
  }
}

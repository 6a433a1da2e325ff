package nl.provincie.ethiek.portal.backoffice.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.basic;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.currentView;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.fillLogin;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.open;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.pageText;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.signInAs;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in with the demo accounts and the role checks on back-office routes. */
class BackofficeLoginTest {

  private BackofficeTesting testing;

  @BeforeEach
  void setUp() {
    testing = new BackofficeTesting();
    testing.service.on(
        "GET", "/api/v1/conversations/all", Answer.json("{\"items\":[],\"total\":0}"));
  }

  @AfterEach
  void tearDown() {
    testing.close();
  }

  @Test
  void an_anonymous_visitor_of_a_back_office_page_is_sent_to_login_and_back_after_it() {
    open("beheer/gesprekken");

    assertThat(currentView()).isEqualTo(LoginView.class);
    assertThat(StaffSession.current()).isEmpty();

    fillLogin("moderator", "demo-moderator");

    assertThat(currentView())
        .isEqualTo(view("nl.provincie.ethiek.portal.backoffice.moderation.ConversationsAdminView"));
    assertThat(StaffSession.require().roles()).containsExactly(StaffRole.MODERATOR);
    assertThat(testing.service.requests("GET", "/api/v1/staff/me").get(0).header("Authorization"))
        .isEqualTo(basic("moderator", "demo-moderator"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "beheer",
        "beheer/gesprekken",
        "beheer/gesprekken/11111111-2222-3333-4444-555555555555",
        "beheer/register",
        "beheer/register/algoritme/nieuw",
        "beheer/dossiers",
        "beheer/dossiers/opvolging",
        "beheer/dossiers/33333333-4444-5555-6666-777777777777"
      })
  void every_back_office_page_sends_an_anonymous_visitor_to_login(String path) {
    open(path);

    assertThat(currentView()).isEqualTo(LoginView.class);
    // the public start page (opened by MockVaadin.setup) may read public data; nothing else ran
    assertThat(testing.service.requests())
        .allSatisfy(
            request -> {
              assertThat(request.header("Authorization")).isNull();
              assertThat(request.path())
                  .doesNotStartWith("/api/v1/conversations/all")
                  .doesNotStartWith("/api/v1/entries")
                  .doesNotStartWith("/api/v1/cases")
                  .doesNotStartWith("/api/v1/worklists");
            });
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "moderator, beheer/register",
    "moderator, beheer/dossiers",
    "redacteur, beheer/gesprekken",
    "redacteur, beheer/dossiers/opvolging",
    "commissie, beheer/gesprekken",
    "commissie, beheer/register/algoritme/nieuw",
    "ethicus, beheer/register",
    "secretaris, beheer/gesprekken/11111111-2222-3333-4444-555555555555"
  })
  void a_role_without_the_task_gets_no_access(String user, String path) {
    signInAs(user);

    open(path);

    assertThat(currentView()).isEqualTo(NoAccessView.class);
  }

  @Test
  void the_start_page_is_for_staff_only() {
    open("beheer");

    assertThat(currentView()).isEqualTo(LoginView.class);
  }

  @Test
  void a_wrong_password_is_refused_with_a_message_and_nobody_is_signed_in() {
    open("beheer/inloggen");

    fillLogin("moderator", "geraden");

    Paragraph alert = _get(Paragraph.class, spec -> spec.withClasses("notice"));
    assertThat(alert.getText()).startsWith("Gebruikersnaam of wachtwoord klopt niet");
    assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");
    assertThat(StaffSession.current()).isEmpty();
    assertThat(currentView()).isEqualTo(LoginView.class);
  }

  @Test
  void credentials_never_travel_in_a_url() {
    signInAs("moderator");

    assertThat(testing.service.requests())
        .allSatisfy(
            request ->
                assertThat(request.path() + "?" + request.query())
                    .doesNotContain("demo-moderator"));
  }

  @Test
  void an_unreachable_service_is_told_apart_from_a_wrong_password() {
    testing.service.on(
        "GET", "/api/v1/staff/me", Answer.problem(503, PROBLEM_INTERNAL, "Unavailable"));
    open("beheer/inloggen");

    fillLogin("moderator", "demo-moderator");

    assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
        .startsWith("Inloggen lukt nu niet");
  }

  @Test
  void a_register_editor_cannot_see_the_moderation_pages() {
    signInAs("redacteur");

    open("beheer/gesprekken");

    assertThat(currentView()).isEqualTo(NoAccessView.class);
    assertThat(testing.service.requests("GET", "/api/v1/conversations/all")).isEmpty();
  }

  @Test
  void the_start_page_lists_only_the_tasks_of_the_role() {
    signInAs("moderator");

    assertThat(currentView())
        .isEqualTo(view("nl.provincie.ethiek.portal.backoffice.BackofficeHomeView"));
    assertThat(_get(Span.class, spec -> spec.withClasses("backoffice-who")).getText())
        .isEqualTo("Ingelogd als moderator (moderator)");
    assertThat(pageText()).contains("Gesprekken modereren").doesNotContain("Register bewerken");
  }

  @Test
  void a_register_editor_gets_the_register_task_only() {
    signInAs("redacteur");

    assertThat(pageText())
        .contains("Register bewerken")
        .doesNotContain("Gesprekken modereren")
        .doesNotContain("Dossiers");
  }

  @Test
  void signing_out_forgets_the_member() {
    signInAs("moderator");

    _click(_get(Button.class, spec -> spec.withText("Uitloggen")));
    open("beheer/gesprekken");

    assertThat(StaffSession.current()).isEmpty();
    assertThat(currentView()).isEqualTo(LoginView.class);
  }

  @Test
  void credentials_are_hidden_from_to_string() {
    StaffMember member =
        new StaffMember(
            "moderator",
            java.util.Set.of(StaffRole.MODERATOR),
            StaffCredentials.basic("moderator", "demo-moderator"));

    assertThat(member.toString()).doesNotContain("demo").doesNotContain("Basic");
    assertThat(member.credentials().toString()).isEqualTo("StaffCredentials[hidden]");
  }

  private static final String PROBLEM_INTERNAL = BackofficeTesting.PROBLEM + "internal";
}

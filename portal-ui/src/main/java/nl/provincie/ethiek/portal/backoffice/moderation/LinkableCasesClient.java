package nl.provincie.ethiek.portal.backoffice.moderation;

import java.util.List;
import nl.provincie.ethiek.portal.backoffice.login.StaffCredentials;
import nl.provincie.ethiek.portal.backoffice.login.StaffSession;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.CaseChoice;
import nl.provincie.ethiek.portal.backoffice.moderation.ModerationModel.CaseList;
import nl.provincie.ethiek.portal.http.StaffHttp;
import nl.provincie.ethiek.portal.http.StaffServices;
import nl.provincie.ethiek.portal.shell.ServiceLocator;

/**
 * The cases a moderator may link a conversation to: the case service's list, which a moderator may
 * read (docs/adr/0054). Only id, title and state are read; the cases package stays its own.
 */
final class LinkableCasesClient {

  private final StaffHttp http;
  private final StaffCredentials who;

  LinkableCasesClient(StaffHttp http, StaffCredentials who) {
    this.http = http;
    this.who = who;
  }

  static LinkableCasesClient current() {
    return new LinkableCasesClient(
        ServiceLocator.get(StaffServices.class).cases(), StaffSession.require().credentials());
  }

  /** The cases, newest first, as the case service lists them. */
  List<CaseChoice> all() {
    return http.get(who, "/cases", CaseList.class).items();
  }
}

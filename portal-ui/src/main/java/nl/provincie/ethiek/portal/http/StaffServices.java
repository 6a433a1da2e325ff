package nl.provincie.ethiek.portal.http;

/** The services the back office calls on a staff member's behalf, one client each. */
public record StaffServices(StaffHttp participation, StaffHttp register, StaffHttp cases) {}

package nl.provincie.ethiek.portal.http;

/** Who a request is sent for: the value of its HTTP {@code Authorization} header. */
public interface Authorization {

  String authorizationHeader();
}

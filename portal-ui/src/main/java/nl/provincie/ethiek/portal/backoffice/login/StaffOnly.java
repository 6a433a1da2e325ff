package nl.provincie.ethiek.portal.backoffice.login;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route as back office: only signed-in staff with one of the roles may enter (any staff
 * member when none are listed). Enforced by {@link BackofficeAccessControl} before the view is
 * created.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StaffOnly {
  StaffRole[] value() default {};
}

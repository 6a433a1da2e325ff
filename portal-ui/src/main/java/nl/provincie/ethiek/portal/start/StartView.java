package nl.provincie.ethiek.portal.start;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import nl.provincie.ethiek.portal.PortalServices;
import nl.provincie.ethiek.portal.register.AlgorithmRegisterSection;
import nl.provincie.ethiek.portal.shell.MainLayout;

/** The start page for residents: what the portal is for, and the algorithm register. */
@Route(value = "", layout = MainLayout.class)
@PageTitle(MainLayout.TITLE)
public class StartView extends Div {

  public StartView() {
    addClassName("start");
    Paragraph intro =
        new Paragraph(
            "Op dit portaal praat u mee over hoe de provincie digitale technologie gebruikt. U"
                + " geeft uw mening in gesprekken met andere inwoners, en u ziet wat de provincie"
                + " met de uitkomst doet. U leest ook welke algoritmes en platforms de provincie"
                + " gebruikt, en waarom.");
    intro.addClassName("intro");
    add(
        new H1("Digitale ethiek: praat mee"),
        intro,
        new AlgorithmRegisterSection(PortalServices.registerClient()));
  }
}

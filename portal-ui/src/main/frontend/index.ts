// The portal's entry point, in place of the one Vaadin generates (docs/adr/0058).
//
// Flow loads its bootstrap, the components every page needs and its client one after the other,
// each request waiting for the one before; on a slow mobile connection that is three round trips
// before the first view appears. Here the components are a static import, so the browser fetches
// them together with this script (the portal has no Vaadin theme that would need Flow's app id
// first), and both Flow modules, which only define an init function when evaluated, are requested
// at once; Flow's own imports later find all three loaded.
import 'Frontend/generated/flow/generated-flow-imports.js';
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

void import('Frontend/generated/jar-resources/FlowBootstrap.js');
void import('Frontend/generated/jar-resources/FlowClient.js');

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js'),
});

// Every address is a server-side (Flow) view; the router only gives Flow the outlet.
const router = new Router(document.querySelector('#outlet'));
router.setRoutes([...serverSideRoutes]);

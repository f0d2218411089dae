/**
 * Live updates of open editors: who is on which segment, and which segments changed, pushed over
 * the Faces websocket to the localization's audience only.
 */
package org.chorus.web.live;

/**
 * What stands before every page and API call: authentication (sign-in page, HTTP Basic, personal
 * access tokens), the caller's organisation for the request, the same-origin check on writes, the
 * size limit of bodies and the security headers. See the README's "Security" section.
 */
package org.chorus.web.security;

/**
 * Pages (JSF with PrimeFaces), the REST API and sign-in. Thin: every action calls an application
 * service; no business rule and no persistence code here.
 */
package org.chorus.web;

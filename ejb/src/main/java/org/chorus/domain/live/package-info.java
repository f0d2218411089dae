/** Live updates shared between servers. */
package org.chorus.domain.live;

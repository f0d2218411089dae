/** Source revisions: aligning a new revision's sentences with the old, and word diffs. */
package org.chorus.translations.revision;

// Where the user's language choice is kept: the `language` setting (the options page writes
// it, the background reads it for content scripts, which have no settings of their own).
export const LANGUAGE_SETTING = 'language';

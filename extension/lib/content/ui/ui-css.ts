// The look of kjwatch's on-page UI (inside its shadow roots, so the page's CSS cannot reach
// it and it cannot reach the page).
export const BASE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
[hidden] { display: none !important; }
button { cursor: pointer; border-radius: 4px; border: 1px solid #607d8b; background: #eceff1; color: #1b1b1b; padding: 3px 10px; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
.card { position: fixed; background: #fff; color: #1b1b1b; border: 1px solid #90a4ae; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.status { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); margin: 0; padding: 6px 14px; border-radius: 6px; background: #263238; color: #fff; }
`;

export const CLIP_CSS = `${BASE_CSS}
.toolbar { position: fixed; display: flex; padding: 4px; border-radius: 6px; background: #263238; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.toolbar button { background: #ffd54f; border-color: #ffd54f; color: #000; }
.form { width: 340px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto; padding: 12px; }
.form h2 { margin: 0 0 8px; font-size: 15px; font-weight: 600; }
.form figure { margin: 0 0 8px; }
.form figcaption, .form label, .form legend { display: block; font-size: 12px; color: #455a64; }
.form blockquote { margin: 2px 0 0; padding: 4px 8px; max-height: 6em; overflow: auto; border-left: 3px solid #ffd54f; background: #fafafa; white-space: pre-wrap; }
.form textarea, .form input[type=text] { display: block; width: 100%; margin: 2px 0 8px; padding: 4px 6px; border: 1px solid #90a4ae; border-radius: 4px; color: #1b1b1b; background: #fff; }
.form textarea { min-height: 4.5em; resize: vertical; }
.form fieldset { border: 0; margin: 0 0 8px; padding: 0; }
.form .colors { display: flex; flex-wrap: wrap; gap: 6px 10px; }
.form .colors label { display: inline-flex; align-items: center; gap: 4px; color: #1b1b1b; font-size: 13px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; border: 1px solid rgba(0,0,0,.3); }
.form .error { margin: 0 0 8px; padding: 6px 8px; border-radius: 4px; background: #ffebee; color: #b71c1c; border: 1px solid #e57373; }
.form .actions { display: flex; gap: 8px; justify-content: flex-end; }
.form button[type=submit] { background: #1565c0; border-color: #1565c0; color: #fff; }
.form button:disabled { opacity: .6; cursor: progress; }
`;

export const PANEL_CSS = `${BASE_CSS}
.panel { right: 12px; bottom: 12px; width: 240px; max-height: 60vh; overflow: auto; padding: 6px 10px 8px; }
.panel.collapsed { width: auto; padding: 0; }
.toggle { width: 100%; border: 0; background: transparent; text-align: left; font-weight: 600; padding: 4px 0; }
.panel.collapsed .toggle { padding: 4px 10px; }
.panel h2 { margin: 6px 0 2px; font-size: 12px; font-weight: 600; color: #455a64; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { display: flex; align-items: center; gap: 6px; }
.panel li .name { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.panel p { margin: 2px 0; }
.nav { display: flex; align-items: center; gap: 6px; margin-top: 6px; }
.nav .position { flex: 1; text-align: center; }
`;

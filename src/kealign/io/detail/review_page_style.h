// The review page's style sheet (`WriteHtml`), kept apart from the writer so that each reads
// on its own. Colours are variables so that one block switches the page to dark mode. Korean
// text uses `word-break: keep-all`: Korean wraps at spaces between eojeol, not inside a word.
// Below 720 px the table becomes one card per bead (number, type and score above the Korean
// and the English), and the edit bar sits at the bottom of the screen within thumb reach.
#pragma once

#include <string_view>

namespace kealign::io::detail {

inline constexpr std::string_view kReviewPageStyle = R"css(
:root {
  --bg: #fdfdfc; --fg: #1d1d1f; --muted: #6e6e73; --rule: #e3e3e6; --head: #f4f4f6;
  --stripe: #fafafa; --hole-bg: #fff6dc; --hole-fg: #8a5a00; --low-bg: #fff0ef;
  --low-fg: #b3261e; --bar: #2f7d4f; --bar-low: #d14b3f; --bar-bg: #e6e6ea; --focus: #2463eb;
  --edit-bg: #eef4ff; --edit-fg: #1f4fb8; --link-bg: #ffe58a; --link-fg: #1d1d1f;
  --button: #ffffff; --button-hover: #ececf0;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #17171a; --fg: #e8e8ed; --muted: #9a9aa2; --rule: #2e2e34; --head: #202025;
    --stripe: #1b1b1f; --hole-bg: #3a2f12; --hole-fg: #f1c062; --low-bg: #3d1c1a;
    --low-fg: #ff8f85; --bar: #56b27a; --bar-low: #ff6b5e; --bar-bg: #34343b; --focus: #7aa2ff;
    --edit-bg: #1c2740; --edit-fg: #9cb8ff; --link-bg: #7a6100; --link-fg: #fff6d0;
    --button: #26262b; --button-hover: #32323a;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
        Arial, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif;
}
body.editing { padding-bottom: 7rem; }
:lang(ko) {
  font-family: "Noto Sans KR", "Noto Sans CJK KR", "Source Han Sans K", "Apple SD Gothic Neo",
               "Malgun Gothic", "맑은 고딕", "Nanum Gothic", "NanumGothic",
               "NanumBarunGothic", sans-serif;
  word-break: keep-all; line-height: 1.75;
}
header { padding: 1.25rem 1.5rem 0.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
.files { margin: 0; color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }
.files code { font-size: 0.85em; }
.stats { display: flex; flex-wrap: wrap; gap: 0.35rem 1.5rem; margin: 0.75rem 0 0; padding: 0;
         list-style: none; font-size: 0.9rem; }
.stats b { font-variant-numeric: tabular-nums; }
.types, .aside { color: var(--muted); }
.toolbar {
  position: sticky; top: 0; z-index: 3; display: flex; flex-wrap: wrap; align-items: center;
  gap: 0.5rem 1.25rem; padding: 0.55rem 1.5rem; background: var(--head);
  border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); font-size: 0.9rem;
}
.toolbar label { display: inline-flex; align-items: center; gap: 0.4rem; cursor: pointer; }
.toolbar input[type=range] { width: 9rem; accent-color: var(--bar-low); }
input[type=search], select {
  padding: 0.2rem 0.45rem; font: inherit; color: inherit; background: var(--bg);
  border: 1px solid var(--rule); border-radius: 4px;
}
.toolbar input[type=search] { width: 13rem; }
#threshold-value { font-variant-numeric: tabular-nums; min-width: 2.6em; font-weight: 600; }
#shown { color: var(--muted); font-variant-numeric: tabular-nums; }
.edits { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.4rem;
         margin-left: auto; }
#edit-count { color: var(--muted); font-variant-numeric: tabular-nums; }
button {
  font: inherit; font-size: 0.85rem; color: inherit; background: var(--button);
  border: 1px solid var(--rule); border-radius: 5px; padding: 0.25rem 0.6rem; cursor: pointer;
  min-height: 2rem; touch-action: manipulation;
}
button:hover:not(:disabled) { background: var(--button-hover); }
button:disabled { opacity: 0.4; cursor: default; }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible {
  outline: 2px solid var(--focus); outline-offset: 1px;
}
button.primary { border-color: var(--focus); color: var(--focus); font-weight: 600; }
.no-js .toolbar, .no-js .pager, .no-js #beads { display: none; }
.noscript { margin: 1rem 1.5rem; padding: 0.75rem 1rem; border: 1px solid var(--rule);
            border-radius: 6px; background: var(--hole-bg); }
.legend { margin: 0; padding: 0.5rem 1.5rem; color: var(--muted); font-size: 0.8rem; }
.tag { display: inline-block; padding: 0 0.4em; border-radius: 3px; font-size: 0.75rem;
       font-weight: 600; }
.tag.hole { background: var(--hole-bg); color: var(--hole-fg); }
.tag.low { background: var(--low-bg); color: var(--low-fg); }
.tag.edited { background: var(--edit-bg); color: var(--edit-fg); }
kbd { font: 0.75rem ui-monospace, monospace; padding: 0 0.3em; border: 1px solid var(--rule);
      border-radius: 3px; white-space: nowrap; }
main { padding: 0 1.5rem 1rem; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.n { width: 3.6rem; } col.t { width: 3.8rem; } col.sc { width: 6.8rem; }
th { text-align: left; font-size: 0.8rem; font-weight: 600; color: var(--muted);
     padding: 0.5rem 0.6rem; border-bottom: 2px solid var(--rule); }
td { vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--rule);
     overflow-wrap: anywhere; }
#beads tbody tr:nth-child(even) { background: var(--stripe); }
tr.b { cursor: pointer; }
tr.para td { border-top: 2px solid var(--muted); }
td.n, td.t, td.sc { font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums;
                     white-space: nowrap; }
td.n a { color: inherit; text-decoration: none; }
td.n a:hover { text-decoration: underline; }
.s { display: block; }
.s + .s { margin-top: 0.3rem; padding-top: 0.3rem; border-top: 1px dashed var(--rule); }
.s::before { content: attr(data-id); display: inline-block; min-width: 1.8em; margin-right: 0.35em;
             color: var(--muted); font: 0.7rem ui-monospace, monospace; vertical-align: 0.1em;
             user-select: none; }
.s.noise, .s.boilerplate { color: var(--muted); font-style: italic; }
.w { border-radius: 2px; }
.w.hl { background: var(--link-bg); color: var(--link-fg); box-shadow: 0 0 0 2px var(--link-bg); }
td.missing::before { color: var(--hole-fg); font-style: italic; font-size: 0.85rem; }
td.ko.missing::before { content: "\2014  no Korean counterpart \2014"; }
td.en.missing::before { content: "\2014  no English counterpart \2014"; }
tr.hole.debris { background: transparent !important; }
tr.hole.debris td.t { color: var(--muted); font-weight: 400; }
tr.debris td.missing::before { color: var(--muted); }
tr.low { background: var(--low-bg) !important; }
tr.low td.n { box-shadow: inset 4px 0 0 var(--low-fg); }
tr.low td.sc { color: var(--low-fg); font-weight: 700; }
tr.hole { background: var(--hole-bg) !important; }
tr.hole td.t { color: var(--hole-fg); font-weight: 700; }
tr.hole.low td.n { box-shadow: inset 4px 0 0 var(--hole-fg); }
tr.edited { background: var(--edit-bg) !important; }
tr.edited td.n { box-shadow: inset 4px 0 0 var(--edit-fg); }
tr.edited td.sc { color: var(--edit-fg); }
tr.wrong td.missing::before { color: var(--edit-fg); }
.bar { display: inline-block; width: 2.6rem; height: 0.4rem; margin-right: 0.45rem;
       vertical-align: 0.1em; background: var(--bar-bg); border-radius: 2px; overflow: hidden; }
.bar i { display: block; height: 100%; background: var(--bar); }
tr.low .bar i { background: var(--bar-low); }
tr.current { outline: 2px solid var(--focus); outline-offset: -2px; }
.empty { color: var(--muted); text-align: center; padding: 2rem; cursor: default; }
.pager { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; font-size: 0.85rem;
         color: var(--muted); font-variant-numeric: tabular-nums; }
.pager[hidden] { display: none; }
main > .pager { justify-content: center; padding: 1rem 0 0.5rem; }
.actions {
  position: fixed; left: 0; right: 0; bottom: 0; z-index: 4; display: flex; flex-wrap: wrap;
  align-items: center; gap: 0.4rem; padding: 0.5rem 1.5rem; background: var(--head);
  border-top: 1px solid var(--rule); box-shadow: 0 -2px 10px rgba(0, 0, 0, 0.08);
}
.actions[hidden] { display: none; }
.actions .what { font-size: 0.85rem; font-weight: 600; margin-right: 0.5rem;
                 font-variant-numeric: tabular-nums; }
.actions .group { display: inline-flex; gap: 0.3rem; }
.help {
  position: fixed; z-index: 6; top: 50%; left: 50%; transform: translate(-50%, -50%);
  width: min(34rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); overflow: auto;
  padding: 1rem 1.25rem; background: var(--bg); border: 1px solid var(--rule); border-radius: 8px;
  box-shadow: 0 8px 30px rgba(0, 0, 0, 0.25); font-size: 0.9rem;
}
.help[hidden] { display: none; }
.help h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.help table { table-layout: auto; }
.help td { border: 0; padding: 0.15rem 0.5rem 0.15rem 0; }
.help td:first-child { white-space: nowrap; }
.help p { margin: 0.6rem 0 0; color: var(--muted); }
#status {
  position: fixed; z-index: 7; left: 50%; bottom: 1rem; transform: translateX(-50%);
  max-width: calc(100vw - 2rem); padding: 0.5rem 0.9rem; border-radius: 6px;
  background: var(--fg); color: var(--bg); font-size: 0.85rem; pointer-events: none;
  opacity: 0; transition: opacity 0.2s;
}
#status.on { opacity: 0.95; }
body.editing #status { bottom: 7.5rem; }
footer { padding: 0 1.5rem 1.5rem; color: var(--muted); font-size: 0.75rem; }
@media (max-width: 720px) {
  header, main, .toolbar, .legend, footer { padding-left: 0.6rem; padding-right: 0.6rem; }
  .toolbar { position: static; gap: 0.5rem 0.9rem; }
  .toolbar input[type=search] { width: 100%; }
  .toolbar label.search { flex: 1 1 100%; }
  .edits { margin-left: 0; }
  #beads, #beads tbody, #beads tr, #beads td { display: block; width: auto; }
  #beads thead, #beads colgroup { display: none; }
  tr.b { display: grid; grid-template-columns: auto 1fr auto; column-gap: 0.6rem;
         grid-template-areas: "n t sc" "ko ko ko" "en en en";
         border-bottom: 1px solid var(--rule); padding: 0.35rem 0; }
  tr.para { border-top: 2px solid var(--muted); }
  #beads tr.para td { border-top: 0; }
  #beads td { border-bottom: 0; padding: 0.15rem 0.5rem; }
  td.n { grid-area: n; } td.t { grid-area: t; } td.sc { grid-area: sc; text-align: right; }
  td.ko { grid-area: ko; } td.en { grid-area: en; }
  .bar { width: 2rem; }
  .actions { padding: 0.4rem 0.5rem calc(0.4rem + env(safe-area-inset-bottom)); gap: 0.3rem; }
  .actions .what { flex: 1 1 100%; margin: 0; }
  .actions .group { flex: 1 1 auto; }
  .actions .group button { flex: 1 1 0; min-height: 2.6rem; padding: 0.2rem 0.3rem; }
  body.editing { padding-bottom: 10rem; }
  body.editing #status { bottom: 10.5rem; }
}
@media print {
  .toolbar, .legend, .pager, .actions, .help, #status { display: none; }
  body { font-size: 11pt; }
  tr { break-inside: avoid; }
}
)css";

}  // namespace kealign::io::detail

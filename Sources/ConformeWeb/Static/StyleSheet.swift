/// The site's stylesheet: sober, in the spirit of the State's design system (DSFR): blue
/// France #000091, grey text on white, clear hierarchy, readable on a phone. No web font: the
/// system's. Every text and background pair here has a contrast ratio of at least 4.5:1, and
/// severity is always written in words (colour only repeats it).
enum StyleSheet {
    static let text = """
        :root { color-scheme: light; --blue: #000091; --blue-hover: #1212ff; --grey: #3a3a3a; --line: #dddddd; --error: #ce0500; --warning: #b34000; --info: #0063cb; --success: #18753c; }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #ffffff; color: #161616; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
        a { color: var(--blue); text-underline-offset: 0.15em; }
        a:hover { color: var(--blue-hover); text-decoration-thickness: 2px; }
        :focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
        code, pre, textarea { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        code { overflow-wrap: anywhere; }
        main { overflow-wrap: break-word; }
        .skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #ffffff; color: var(--blue); padding: 0.5rem 1rem; border: 2px solid var(--blue); z-index: 10; }
        .skip-link:focus { top: 0.5rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .site-header { border-bottom: 1px solid var(--line); box-shadow: 0 2px 4px rgba(0, 0, 18, 0.08); }
        .header-inner, main, .footer-inner { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
        .header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
        .brand { margin: 0; border-left: 0.35rem solid var(--blue); padding-left: 0.75rem; }
        .brand a { text-decoration: none; color: #161616; }
        .brand-name { display: block; font-size: 1.4rem; font-weight: 700; color: var(--blue); }
        .brand-tagline { display: block; font-size: 0.875rem; color: var(--grey); }
        .nav { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
        .nav a { display: inline-block; padding: 0.5rem 0; font-weight: 500; }
        .language-switch { border: 1px solid var(--blue); padding: 0.25rem 0.75rem !important; border-radius: 0.25rem; }
        main { padding-top: 1.5rem; padding-bottom: 2.5rem; }
        main:focus { outline: none; }
        h1 { font-size: 2rem; line-height: 1.25; color: var(--blue); margin: 0.5rem 0 1rem; }
        h2 { font-size: 1.5rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
        h3 { font-size: 1.2rem; color: var(--blue); margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 0 0 0.5rem; }
        .lead { font-size: 1.15rem; }
        .intro { max-width: 48rem; }
        .hint, .meta { color: var(--grey); font-size: 0.925rem; margin: 0.25rem 0 0.5rem; }
        .check-form, .download { border-top: 1px solid var(--line); margin-top: 1.5rem; }
        .field { margin: 1.25rem 0; }
        .field label { display: block; font-weight: 700; }
        .field-invalid { border-left: 3px solid var(--error); padding-left: 0.75rem; }
        .field-error { color: var(--error); font-weight: 700; margin: 0.25rem 0; }
        textarea, input[type=text] { width: 100%; font-size: 0.925rem; color: #161616; background: #f6f6f6; border: 0; border-bottom: 2px solid var(--grey); border-radius: 0.25rem 0.25rem 0 0; padding: 0.5rem 0.75rem; }
        textarea { min-height: 16rem; resize: vertical; tab-size: 2; line-height: 1.45; }
        input[type=text] { max-width: 12rem; font-family: inherit; font-size: 1rem; }
        input[type=file] { font: inherit; max-width: 100%; }
        [aria-invalid=true] { border-bottom-color: var(--error); }
        .button { display: inline-block; font: inherit; font-weight: 500; color: #ffffff; background: var(--blue); border: 1px solid var(--blue); padding: 0.5rem 1.5rem; min-height: 2.5rem; cursor: pointer; }
        .button:hover { background: var(--blue-hover); }
        .button-secondary { color: var(--blue); background: #ffffff; }
        .button-secondary:hover { background: #f5f5fe; }
        .error-summary { border: 2px solid var(--error); padding: 0.5rem 1rem; margin: 1rem 0; }
        .error-summary h2 { margin-top: 0.5rem; font-size: 1.25rem; color: var(--error); }
        .error-summary a { color: var(--error); font-weight: 700; }
        .verdict { font-size: 1.2rem; padding: 0.75rem 1.25rem; border-left: 0.5rem solid; margin: 1rem 0; }
        .verdict p { margin: 0; }
        .verdict-pass { background: #e6feda; border-color: var(--success); }
        .verdict-fail { background: #ffe9e9; border-color: var(--error); }
        .finding-summary ol { padding-left: 1.5rem; }
        .finding-summary li { margin: 0.35rem 0; }
        .summary-badge { font-weight: 700; }
        .summary-error .summary-badge { color: var(--error); }
        .summary-warning .summary-badge { color: #8d3300; }
        .summary-info .summary-badge { color: #00348a; }
        .finding { border: 1px solid #929292; border-left: 0.35rem solid #929292; padding: 0.75rem 1rem; margin: 0.75rem 0; scroll-margin-top: 1rem; }
        .finding:target { box-shadow: 0 0 0 3px #0a76f6; }
        .finding-error { border-left-color: var(--error); }
        .finding-warning { border-left-color: var(--warning); }
        .finding-info { border-left-color: var(--info); }
        .finding-waived { border-left-color: #666666; border-left-style: dashed; }
        .finding p { margin: 0.35rem 0; }
        .badge { display: inline-block; padding: 0 0.5rem; margin-right: 0.35rem; border-radius: 0.25rem; font-size: 0.875rem; font-weight: 700; border: 1px solid currentColor; white-space: nowrap; }
        .badge-error { background: var(--error); color: #ffffff; }
        .badge-warning { background: #fff4e5; color: #8d3300; }
        .badge-info { background: #e8edff; color: #00348a; }
        .badge-waived { background: #eeeeee; color: var(--grey); }
        .where { color: var(--grey); }
        pre { background: #f6f6f6; border: 1px solid var(--line); padding: 0.5rem 0.75rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; tab-size: 2; }
        .line-number { color: #595959; user-select: none; padding-right: 0.5rem; border-right: 1px solid #929292; margin-right: 0.5rem; display: inline-block; min-width: 2.5rem; text-align: right; }
        mark { background: #fff2b3; color: #161616; text-decoration: underline 2px; text-underline-offset: 0.2em; }
        .source-listing { list-style: none; margin: 0.5rem 0; padding: 0.5rem 0; background: #f6f6f6; border: 1px solid var(--line); overflow-x: auto; font-size: 0.875rem; }
        .source-listing li { padding: 0 0.75rem; white-space: pre-wrap; word-break: break-word; scroll-margin-top: 1rem; }
        .source-listing code { white-space: pre-wrap; overflow-wrap: anywhere; }
        .source-listing li:target { outline: 3px solid #0a76f6; outline-offset: -3px; }
        .source-listing .marked { background: #fff2b3; }
        .marker { font-family: system-ui, sans-serif; font-weight: 700; white-space: nowrap; }
        .marked-error .marker { color: #a30400; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1rem; }
        .facts dt { font-weight: 700; }
        .facts dd { margin: 0; }
        .rule-list { padding-left: 1.25rem; }
        .rule-list li { margin: 0.4rem 0; }
        .inline-list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
        .breadcrumb { font-size: 0.925rem; color: var(--grey); }
        .live { border: 1px dashed #929292; padding: 0.25rem 1rem 0.75rem; margin: 1rem 0; }
        .live h3 { margin-top: 0.5rem; }
        .site-footer { border-top: 2px solid var(--blue); background: #f6f6f6; color: var(--grey); font-size: 0.925rem; }
        .footer-inner { padding-top: 1rem; padding-bottom: 1.5rem; }
        .site-footer strong { color: #161616; }
        @media (max-width: 36rem) {
          h1 { font-size: 1.6rem; }
          h2 { font-size: 1.3rem; }
          .header-inner { display: block; }
          .nav { margin-top: 0.5rem; }
          .facts { grid-template-columns: 1fr; }
          .line-number { min-width: 2rem; }
        }
        @media print {
          .site-header nav, .check-form, .download, .skip-link { display: none; }
          .verdict, .badge, mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }

        """
}

namespace NewsNlp.Cli.Output;

/// <summary>The page's only style sheet, inline: no font, image or script is loaded, and the Content-Security-Policy forbids
/// them all.</summary>
/// <remarks>Each kind has a colour from the Okabe–Ito palette (told apart by colour-blind readers), its own underline style
/// (solid, dashed, dotted, double; thin for MISC and custom kinds) and a visible label, so no one depends on colour alone; light and dark schemes
/// each keep the label and text contrast at 4.5:1 or more on the tinted background.</remarks>
internal static class HtmlPageStyle
{
    /// <summary>The Content-Security-Policy of the page: nothing may be fetched and no script may run.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    /// <summary>The style sheet.</summary>
    public const string Css = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#595959;--line:#d0d0d0;--tip-bg:#1b1b1b;--tip-fg:#fff;
        --per:#00588a;--per-bg:#e1eef8;--org:#9c3d00;--org-bg:#fbe6d8;--loc:#00634a;--loc-bg:#dcf2e9;
        --date:#8a2d67;--date-bg:#f7e3ef;--misc:#6e4c00;--misc-bg:#fbf0cf;--cus:#474747;--cus-bg:#ececec}
        @media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#ececec;--muted:#b0b0b0;--line:#3a3a3a;--tip-bg:#f2f2f2;--tip-fg:#111;
        --per:#7cc4f0;--per-bg:#10283a;--org:#f5a76b;--org-bg:#3a2213;--loc:#5fd6ac;--loc-bg:#0f3126;
        --date:#eba6d2;--date-bg:#371a2e;--misc:#f2cd5c;--misc-bg:#352c0f;--cus:#cfcfcf;--cus-bg:#2e2e2e}}
        body{background:var(--bg);color:var(--fg);font:16px/1.7 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:0 auto;padding:1rem 1.25rem}
        h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:0 0 .5rem;overflow-wrap:anywhere}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;margin:.5rem 0 1rem;padding:0;list-style:none}
        section.doc{border-top:1px solid var(--line);padding:1rem 0;content-visibility:auto;contain-intrinsic-size:auto 40rem}
        .summary{color:var(--muted);font-size:.9rem;margin:.2rem 0 .6rem}
        .salient{margin:.3rem 0 1rem;padding-left:1.6rem}.salient li{margin:.15rem 0}
        .salient a{color:inherit;text-decoration:none}.salient a:focus-visible{outline:2px solid var(--fg)}
        .share{font-variant-numeric:tabular-nums;font-weight:600;margin-left:.4rem}.count{color:var(--muted);font-size:.9rem;margin-left:.3rem}
        .text{white-space:pre-wrap;overflow-wrap:anywhere}
        .e{position:relative;color:inherit;border-radius:3px;padding:0 .15em;border-bottom:3px solid;unicode-bidi:isolate}
        .e:focus{outline:2px solid var(--fg);outline-offset:1px}
        .e>.k{font-size:.66em;font-weight:700;letter-spacing:.04em;margin-left:.3em;vertical-align:.12em;user-select:none;white-space:nowrap}
        .per{background:var(--per-bg);border-bottom-color:var(--per);border-bottom-style:solid}.per>.k{color:var(--per)}
        .org{background:var(--org-bg);border-bottom-color:var(--org);border-bottom-style:dashed}.org>.k{color:var(--org)}
        .loc{background:var(--loc-bg);border-bottom-color:var(--loc);border-bottom-style:dotted}.loc>.k{color:var(--loc)}
        .date{background:var(--date-bg);border-bottom-color:var(--date);border-bottom-style:double}.date>.k{color:var(--date)}
        .misc{background:var(--misc-bg);border-bottom-color:var(--misc);border-bottom-style:solid;border-bottom-width:1px}.misc>.k{color:var(--misc)}
        .cus{background:var(--cus-bg);border-bottom-color:var(--cus);border-bottom-style:dashed;border-bottom-width:1px}.cus>.k{color:var(--cus)}
        .tip{display:none;position:absolute;left:0;top:100%;z-index:5;margin-top:4px;background:var(--tip-bg);color:var(--tip-fg);
        font-size:.82rem;line-height:1.4;padding:.3rem .55rem;border-radius:4px;white-space:normal;width:max-content;max-width:24rem}
        .e:hover>.tip,.e:focus>.tip{display:block}
        .ctl{font-size:.7em;border:1px solid var(--muted);color:var(--muted);border-radius:2px;padding:0 .15em}
        """;
}

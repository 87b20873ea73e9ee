using System.Security.Cryptography;
using System.Text;

namespace NewsNlp.Samples.WebApi;

/// <summary><c>GET /</c>: a page with a text box that posts to <c>/extract</c> and shows the text with its entities highlighted
/// by kind (a visible label on each, details on hover or focus) and the most salient entities above it.</summary>
/// <remarks>Self-contained: one inline style sheet and one inline script, nothing else loaded. The Content-Security-Policy
/// allows exactly that script (by its hash) and requests to this origin, so the page can fetch nothing from elsewhere and
/// no other script can run.</remarks>
public static class ExtractPage
{
    private const string Style = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#595959;--line:#c8c8c8;--tip-bg:#1b1b1b;--tip-fg:#fff;
        --per:#00588a;--per-bg:#e1eef8;--org:#9c3d00;--org-bg:#fbe6d8;--loc:#00634a;--loc-bg:#dcf2e9;
        --date:#8a2d67;--date-bg:#f7e3ef;--misc:#6e4c00;--misc-bg:#fbf0cf;--cus:#474747;--cus-bg:#ececec}
        @media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#ececec;--muted:#b0b0b0;--line:#3a3a3a;--tip-bg:#f2f2f2;--tip-fg:#111;
        --per:#7cc4f0;--per-bg:#10283a;--org:#f5a76b;--org-bg:#3a2213;--loc:#5fd6ac;--loc-bg:#0f3126;
        --date:#eba6d2;--date-bg:#371a2e;--misc:#f2cd5c;--misc-bg:#352c0f;--cus:#cfcfcf;--cus-bg:#2e2e2e}}
        body{background:var(--bg);color:var(--fg);font:16px/1.7 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:0 auto;padding:1rem 1.25rem}
        h1{font-size:1.4rem;margin:.2rem 0}label{display:block;font-weight:600;margin:.6rem 0 .2rem}
        textarea{width:100%;box-sizing:border-box;min-height:10rem;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.5rem}
        input,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.3rem .6rem}
        button{font-weight:600;cursor:pointer;margin-left:.6rem}#status{color:var(--muted);margin:.6rem 0}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:.5rem 0;padding:0;list-style:none}
        #salient{margin:.3rem 0 1rem;padding-left:1.6rem}#salient a{color:inherit;text-decoration:none}
        .share{font-variant-numeric:tabular-nums;font-weight:600;margin-left:.4rem}.count{color:var(--muted);font-size:.9rem;margin-left:.3rem}
        #text{white-space:pre-wrap;overflow-wrap:anywhere;border-top:1px solid var(--line);padding-top:.8rem}
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
        font-size:.82rem;line-height:1.4;padding:.3rem .55rem;border-radius:4px;width:max-content;max-width:24rem}
        .e:hover>.tip,.e:focus>.tip{display:block}
        .ctl{font-size:.7em;border:1px solid var(--muted);color:var(--muted);border-radius:2px;padding:0 .15em}
        """;

    /// <summary>The page's Content-Security-Policy: this origin for requests, the page's own script (by hash) and inline style.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ExtractPageScript.Source)))}'; "
        + "style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly string s_page = $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>NewsNlp: entities in a news text</title>
        <style>
        {{Style}}
        </style>
        </head>
        <body>
        <header>
        <h1>Entities in a news text</h1>
        <ul class="legend" aria-label="Legend">
        <li><span class="e per">person<span class="k">PER</span></span></li>
        <li><span class="e org">organization<span class="k">ORG</span></span></li>
        <li><span class="e loc">location<span class="k">LOC</span></span></li>
        <li><span class="e date">date<span class="k">DATE</span></span></li>
        <li><span class="e misc">other name<span class="k">MISC</span></span></li>
        <li class="count">Hover over or tab to an entity for its confidence, value and group.</li>
        </ul>
        </header>
        <main>
        <form id="form">
        <label for="input">Article text</label>
        <textarea id="input" name="text" required spellcheck="false"></textarea>
        <label for="date">Article date, yyyy-mm-dd (resolves “yesterday”; optional)</label>
        <input id="date" name="date" type="text" inputmode="numeric" pattern="\d{4}-\d{2}-\d{2}" placeholder="2026-11-24" size="12"><button id="analyse" type="submit">Highlight entities</button>
        </form>
        <p id="status" role="status" aria-live="polite"></p>
        <ol id="salient" aria-label="Most salient entities"></ol>
        <div id="text"></div>
        </main>
        <script>{{ExtractPageScript.Source}}</script>
        </body>
        </html>
        """;

    /// <summary>Serves the page with its security headers.</summary>
    public static IResult Handle(HttpContext context)
    {
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(s_page, "text/html; charset=utf-8");
    }
}

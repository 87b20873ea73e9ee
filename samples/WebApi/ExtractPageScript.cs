namespace NewsNlp.Samples.WebApi;

/// <summary>The page's script: posts the text box to <c>/extract</c> and draws the answer with DOM calls only
/// (<c>textContent</c>, never HTML parsing), so that no text the API returns can become markup or code.</summary>
/// <remarks>One pass over the entities, which the API returns in text order and never overlapping: the text and its
/// highlights are built in a fragment and swapped in once, so a long article with thousands of entities stays quick.</remarks>
internal static class ExtractPageScript
{
    public const string Source = """
        "use strict";
        const kinds = { PERSON: ["per", "PER"], ORGANIZATION: ["org", "ORG"], LOCATION: ["loc", "LOC"], DATE: ["date", "DATE"], MISC: ["misc", "MISC"] };
        const controls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
        const form = document.getElementById("form");
        const status = document.getElementById("status");
        const salient = document.getElementById("salient");
        const view = document.getElementById("text");
        function element(name, className, text) {
          const node = document.createElement(name);
          if (className) node.className = className;
          if (text !== undefined) node.textContent = text;
          return node;
        }
        // Text, with bidi controls shown as their code point rather than reordering what follows.
        function appendText(parent, text) {
          let rest = text;
          for (let match = controls.exec(rest); match; match = controls.exec(rest)) {
            parent.append(document.createTextNode(rest.slice(0, match.index)));
            const code = "U+" + match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
            const shown = element("span", "ctl", code);
            shown.title = code;
            parent.append(shown);
            rest = rest.slice(match.index + 1);
          }
          parent.append(document.createTextNode(rest));
        }
        function chip(name, type) {
          const [kind, label] = kinds[type] ?? ["cus", type];
          const node = element("span", "e " + kind);
          appendText(node, name);
          node.append(element("span", "k", label));
          return node;
        }
        function describe(entity, group) {
          let text = entity.type + " · confidence " + entity.confidence.toFixed(2);
          if (entity.value) text += " · value " + entity.value;
          if (group) text += " · group " + group.name + " (" + group.mentions.length + (group.mentions.length === 1 ? " mention" : " mentions") + ", salience " + group.salience.toFixed(2) + ")";
          return element("span", "tip", text);
        }
        function render(text, result) {
          const groupAt = new Map();
          for (const group of result.groups) for (const mention of group.mentions) groupAt.set(mention[0], group);
          salient.replaceChildren();
          for (const group of result.groups.slice(0, 5)) {
            const item = element("li");
            const link = element("a");
            link.href = "#m" + group.mentions[0][0];
            link.append(chip(group.name, group.type));
            item.append(link, element("span", "share", group.salience.toFixed(2)), element("span", "count", group.mentions.length + (group.mentions.length === 1 ? " mention" : " mentions")));
            salient.append(item);
          }
          const page = document.createDocumentFragment();
          let at = 0;
          for (const entity of result.entities) {
            if (entity.start < at) continue;
            appendText(page, text.slice(at, entity.start));
            const [kind, label] = kinds[entity.type] ?? ["cus", entity.type];
            const mark = element("mark", "e " + kind);
            mark.id = "m" + entity.start;
            mark.tabIndex = 0;
            mark.dataset.kind = entity.type;
            mark.dataset.start = entity.start;
            mark.dataset.end = entity.end;
            appendText(mark, text.slice(entity.start, entity.end));
            mark.append(element("span", "k", label), describe(entity, groupAt.get(entity.start)));
            page.append(mark);
            at = entity.end;
          }
          appendText(page, text.slice(at));
          view.replaceChildren(page);
          status.textContent = result.entities.length + (result.entities.length === 1 ? " entity, " : " entities, ") + result.groups.length + (result.groups.length === 1 ? " group." : " groups.");
        }
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          const text = document.getElementById("input").value;
          const date = document.getElementById("date").value;
          status.textContent = "Analysing…";
          try {
            const response = await fetch("extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(date ? { text, date } : { text }) });
            const body = await response.json().catch(() => null);
            if (!response.ok) {
              status.textContent = body?.errors?.text?.[0] ?? ("The API answered " + response.status + ".");
              return;
            }
            render(text, body);
          } catch (error) {
            status.textContent = "The API could not be reached.";
          }
        });
        """;
}

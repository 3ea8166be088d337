// Suggestions for the search box: glossary terms and member names, as the reader types.
(() => {
    const input = document.getElementById("search-q");
    const list = document.getElementById("search-suggestions");
    let pending;
    input.addEventListener("input", () => {
        clearTimeout(pending);
        const q = input.value.trim();
        if (q.length < 2) { list.replaceChildren(); return; }
        pending = setTimeout(async () => {
            const response = await fetch(`${input.dataset.autocompleteUrl}&q=${encodeURIComponent(q)}`);
            if (!response.ok) return;
            const data = await response.json();
            list.replaceChildren(...data.items.map((item) => new Option(item.title)));
        }, 150);
    });
})();

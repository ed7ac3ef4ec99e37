// notice.html: what the ribbon's Generate return did, in a dialog. The words arrive in the query string
// and reach the page through textContent only; OK tells the command (messageParent), which closes it.
function show(): void {
  const query = new URLSearchParams(location.search);
  const title = document.getElementById("notice-title");
  const message = document.getElementById("notice-message");
  const ok = document.getElementById("notice-ok");
  if (title) title.textContent = query.get("title") ?? "Next Day Disclosure Return";
  if (message) {
    message.textContent = query.get("message") ?? "";
    message.classList.add(`notice-${query.get("kind") ?? "success"}`);
  }
  ok?.addEventListener("click", () => {
    try {
      Office.context.ui.messageParent("close");
    } catch {
      window.close();
    }
  });
  ok?.focus();
}

if (typeof Office !== "undefined") void Office.onReady(show);
else show();

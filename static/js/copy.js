// Copy buttons (templates/feeds/includes/subscribe.html): hidden in the HTML, shown only
// here, so nobody without JavaScript meets a button that does nothing. The words announced
// come from the template's data attributes, already translated.
(function () {
    "use strict";

    function announce(status, text) {
        if (!status || !text) return;
        status.textContent = "";
        // Cleared and set again, so a second click is announced too.
        window.setTimeout(function () { status.textContent = text; }, 100);
    }

    document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
        var input = document.getElementById(button.dataset.copyTarget);
        if (!input) return;
        var status = document.getElementById(button.dataset.copyStatus);
        button.hidden = false;
        button.addEventListener("click", function () {
            function selectIt() {
                input.focus();
                input.select();
                announce(status, button.dataset.selectedText);
            }
            if (!navigator.clipboard || !window.isSecureContext) {
                selectIt();
                return;
            }
            navigator.clipboard.writeText(input.value).then(function () {
                announce(status, button.dataset.copiedText);
            }, selectIt);
        });
    });
})();

// Wagtail's date, time and date-time widgets start their chooser from an inline <script>,
// which the site's Content-Security-Policy refuses. Our copies of their templates
// (templates/wagtailadmin/widgets/) leave a marker instead; this starts the same chooser for
// each marker, also for markers that arrive later (forms opened in a dialog). It also
// sets the chooser addresses that wagtail-localize's editor sets from an inline script.
(function () {
    "use strict";
    // wagtail-localize's translation editor sets these from an inline script too.
    var script = document.currentScript;
    if (script && typeof window.chooserUrls === "undefined") {
        window.chooserUrls = {
            imageChooser: script.getAttribute("data-image-chooser"),
            documentChooser: script.getAttribute("data-document-chooser"),
            pageChooser: script.getAttribute("data-page-chooser"),
        };
    }
    var CHOOSERS = {
        date: "initDateChooser",
        time: "initTimeChooser",
        datetime: "initDateTimeChooser",
    };

    function start(root) {
        var markers = root.querySelectorAll("[data-kenes-chooser]:not([data-kenes-started])");
        Array.prototype.forEach.call(markers, function (marker) {
            var init = window[CHOOSERS[marker.getAttribute("data-kenes-chooser")]];
            if (typeof init !== "function") {
                return;
            }
            marker.setAttribute("data-kenes-started", "");
            init(
                marker.getAttribute("data-kenes-for"),
                JSON.parse(marker.getAttribute("data-kenes-config"))
            );
        });
    }

    function boot() {
        start(document);
        new MutationObserver(function () {
            start(document);
        }).observe(document.body, { childList: true, subtree: true });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", boot);
    } else {
        boot();
    }
})();

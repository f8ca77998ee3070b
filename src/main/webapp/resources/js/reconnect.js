/*
 * The result of an action is in view and has the focus, for sighted and screen-reader users
 * alike. After a button or link the person pressed has sent an ajax request (or after a page
 * that an action led to has loaded): the first field that was refused takes the focus; failing
 * that, the page's messages do. An action that placed the focus itself (on a form it opened, on
 * its own result) keeps it. Nothing moves while the person types (a draft saving on change).
 */
(function () {
    'use strict';

    var pressedAt = 0;
    var pressed = null;

    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('button, a, input[type=submit], [role=button]') : null;
        if (target) {
            pressedAt = Date.now();
            pressed = target;
        }
    }, true);

    function visible(element) {
        return element && element.offsetParent !== null;
    }

    function refusedField() {
        // the fields a boundary refused, named beside the page's messages
        var named = document.getElementById('refusedFields');
        var ids = named && named.getAttribute('data-fields') ? named.getAttribute('data-fields').split(' ') : [];
        for (var n = 0; n < ids.length; n++) {
            var field = document.getElementById(ids[n]) || document.getElementById(ids[n] + '_input');
            if (visible(field)) {
                return field;
            }
        }
        var candidates = document.querySelectorAll('[aria-invalid="true"], input.ui-state-error, textarea.ui-state-error, select.ui-state-error');
        for (var i = 0; i < candidates.length; i++) {
            if (visible(candidates[i])) {
                return candidates[i];
            }
        }
        return null;
    }

    function pageMessages() {
        var region = document.getElementById('pageMessages');
        return region && region.textContent.trim().length > 0 ? region : null;
    }

    function showResult() {
        var target = refusedField() || pageMessages();
        if (!target) {
            return;
        }
        if (!target.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(target.tagName)) {
            target.setAttribute('tabindex', '-1');
        }
        target.focus({preventScroll: true});
        target.scrollIntoView({block: 'center'});
    }

    /** Whether the action itself put the focus somewhere (its own result, a form it opened). */
    function focusWasPlaced() {
        var active = document.activeElement;
        return active && active !== document.body && active !== pressed;
    }

    /**
     * A wide table in a scrolling box (.table-scroll) can be scrolled from the keyboard: the box
     * takes the focus and is named after the table's caption (WCAG 2.1.1; axe: scrollable-region-focusable).
     */
    function keyboardScrollRegions() {
        var boxes = document.querySelectorAll('.table-scroll');
        for (var i = 0; i < boxes.length; i++) {
            var box = boxes[i];
            if (!box.hasAttribute('tabindex')) {
                box.setAttribute('tabindex', '0');
            }
            if (!box.hasAttribute('role')) {
                box.setAttribute('role', 'region');
            }
            var caption = box.querySelector('caption');
            if (!box.hasAttribute('aria-label') && !box.hasAttribute('aria-labelledby') && caption) {
                box.setAttribute('aria-label', caption.textContent.trim());
            }
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        keyboardScrollRegions();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', keyboardScrollRegions);
            jQuery(document).on('pfAjaxComplete', function () {
                if (Date.now() - pressedAt > 10000) {
                    return;
                }
                pressedAt = 0;
                if (focusWasPlaced()) {
                    return;
                }
                showResult();
            });
        }
        // a page reached by an action (a redirect after a save) shows its messages; a plain visit has none
        if (pageMessages() || refusedField()) {
            showResult();
        }
    });
})();

/*
 * The therapist's calendar (p:schedule extender="reconnectSchedule"): on a phone the week is a
 * list (an agenda) that fits the screen, with a short title and two views to choose from; on a
 * wider screen the week's grid. The view follows the screen when it turns or is resized.
 */
window.reconnectSchedule = function () {
    'use strict';
    var narrow = window.matchMedia('(max-width: 700px)');
    var options = this.cfg.options;
    var wide = {
        left: 'prev,next today',
        center: 'title',
        right: 'timeGridWeek,timeGridDay,listWeek'
    };
    var phone = {
        left: 'prev,next',
        center: 'title',
        right: 'listWeek,timeGridDay'
    };
    options.initialView = narrow.matches ? 'listWeek' : 'timeGridWeek';
    options.headerToolbar = narrow.matches ? phone : wide;
    options.titleFormat = {month: 'short', day: 'numeric'};
    options.windowResize = function (arg) {
        var calendar = arg.view.calendar;
        calendar.setOption('headerToolbar', narrow.matches ? phone : wide);
        if (narrow.matches && arg.view.type === 'timeGridWeek') {
            calendar.changeView('listWeek');
        } else if (!narrow.matches && arg.view.type === 'listWeek') {
            calendar.changeView('timeGridWeek');
        }
    };
};

/*
 * What a person is writing (a message) is kept in this tab while they type, so that a reload or a
 * dropped connection does not lose it: in sessionStorage, which ends with the tab and which the
 * sign-in page clears (on a shared phone nobody finds another's draft). A field opts in with
 * data-draft-key; the page drops the draft once it is sent. announce() puts a short text in a
 * live region, for news a screen reader should hear without the focus moving (a new message).
 */
window.Reconnect = window.Reconnect || {};
(function (R) {
    'use strict';

    function store() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null; // storage refused: nothing is kept
        }
    }

    R.restoreDrafts = function () {
        var s = store();
        if (!s) {
            return;
        }
        var fields = document.querySelectorAll('[data-draft-key]');
        for (var i = 0; i < fields.length; i++) {
            var draft = s.getItem(fields[i].getAttribute('data-draft-key'));
            if (draft && !fields[i].value) {
                fields[i].value = draft;
            }
        }
    };

    R.dropDraft = function (key) {
        var s = store();
        if (s && key) {
            s.removeItem(key);
        }
    };

    R.announce = function (id, text) {
        var region = document.getElementById(id);
        if (region) {
            region.textContent = '';
            setTimeout(function () { region.textContent = text; }, 50);
        }
    };

    document.addEventListener('input', function (event) {
        var field = event.target;
        var key = field && field.getAttribute ? field.getAttribute('data-draft-key') : null;
        var s = store();
        if (!key || !s) {
            return;
        }
        if (field.value) {
            s.setItem(key, field.value);
        } else {
            s.removeItem(key);
        }
    });
    document.addEventListener('DOMContentLoaded', R.restoreDrafts);
})(window.Reconnect);

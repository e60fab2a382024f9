;;; Drives Emacs (batch mode) with the Eglot set-up from docs/editor-and-ci.md: opens a protocol,
;;; prints the diagnostics Flymake shows, applies a quick fix, adds a line, and prints the
;;; diagnostics and the text after each step. One JSON object per
;;; line on stdout. Run by test/editors/emacs-eglot.test.ts.
(package-initialize)
(require 'json)
(require 'flymake)
(load (expand-file-name (getenv "MELDCODE_EMACS_INIT")) nil t)

(defun meldcode-test--diagnostics ()
  (mapcar (lambda (d)
            (save-excursion
              (goto-char (flymake-diagnostic-beg d))
              (list :line (line-number-at-pos) :column (current-column)
                    :type (symbol-name (flymake-diagnostic-type d))
                    :text (flymake-diagnostic-text d))))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(defun meldcode-test--wait (done)
  "Process events until DONE returns non-nil, for at most 30 seconds."
  (let ((deadline (+ (float-time) 30)))
    (while (and (< (float-time) deadline) (not (funcall done)))
      (accept-process-output nil 0.05))
    ;; a moment more, so that a publication in progress is complete
    (dotimes (_ 10) (accept-process-output nil 0.05))))

(defun meldcode-test--print (phase)
  (princ (concat (json-encode (list :phase phase :mode (symbol-name major-mode)
                                    :eglot (if (eglot-current-server) t :json-false)
                                    :diagnostics (vconcat (meldcode-test--diagnostics))
                                    :text (buffer-substring-no-properties (point-min) (point-max))))
                 "\n")))

;; Eglot sends changes, and Flymake asks for diagnostics again, on idle timers; Emacs in batch
;; mode is never idle, so after an edit the driver does both itself.
(defun meldcode-test--await-new-diagnostics ()
  (let ((before (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
    (eglot--signal-textDocument/didChange)
    (meldcode-test--wait (lambda ()
                           (flymake-start)
                           (not (equal before (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))))))

(find-file (car command-line-args-left))
(run-hooks 'post-command-hook)   ; eglot-ensure connects on the next command, which batch mode never runs
(meldcode-test--wait (lambda () (flymake-diagnostics)))
(meldcode-test--print "open")

;; M-x eglot-code-actions at a diagnostic, choosing the action titled MELDCODE_EMACS_FIX_TITLE
(goto-char (point-min))
(forward-line (1- (string-to-number (getenv "MELDCODE_EMACS_FIX_LINE"))))
(move-to-column (string-to-number (getenv "MELDCODE_EMACS_FIX_COLUMN")))
;; last-nonmenu-event: as if called from the keyboard, so that Eglot asks with completing-read
(cl-letf (((symbol-value 'last-nonmenu-event) ?\r)
          ((symbol-function 'completing-read)
           (lambda (_prompt collection &rest _)
             (let ((wanted (getenv "MELDCODE_EMACS_FIX_TITLE")))
               (or (seq-find (lambda (title) (equal title wanted)) (mapcar (lambda (c) (if (consp c) (car c) c)) collection))
                   (error "no code action titled %S" wanted))))))
  (call-interactively #'eglot-code-actions))
(meldcode-test--await-new-diagnostics)
(meldcode-test--print "fix")

(goto-char (point-max))
(insert (getenv "MELDCODE_EMACS_INSERT"))
(meldcode-test--await-new-diagnostics)
(meldcode-test--print "edit")
(let ((server (eglot-current-server)))
  (when server (eglot-shutdown server)))
(kill-emacs 0)

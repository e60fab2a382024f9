;;; Drives Emacs (batch mode) with the Eglot set-up from docs/editor-and-ci.md: opens a protocol,
;;; prints the diagnostics Flymake shows, adds a line and prints them again. One JSON object per
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
                                    :diagnostics (vconcat (meldcode-test--diagnostics))))
                 "\n")))

(find-file (car command-line-args-left))
(run-hooks 'post-command-hook)   ; eglot-ensure connects on the next command, which batch mode never runs
(meldcode-test--wait (lambda () (flymake-diagnostics)))
(meldcode-test--print "open")
(let ((before (length (flymake-diagnostics))))
  (goto-char (point-max))
  (insert (getenv "MELDCODE_EMACS_INSERT"))
  ;; Eglot sends the change, and Flymake asks for diagnostics again, on idle timers; Emacs
  ;; in batch mode is never idle, so do both here.
  (eglot--signal-textDocument/didChange)
  (meldcode-test--wait (lambda () (flymake-start) (/= before (length (flymake-diagnostics))))))
(meldcode-test--print "edit")
(let ((server (eglot-current-server)))
  (when server (eglot-shutdown server)))
(kill-emacs 0)

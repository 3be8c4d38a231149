import {useState} from 'react';

/** What a shared link asked for that could not be shown, in an NHS notification banner.
 * role="alert": it appears once, just after load, and explains why the view differs from
 * what the sender meant. Dismissing it moves focus to the boundary options. */
export function LinkMessages({messages, onDismiss}: {messages: string[]; onDismiss(): void}) {
  if (messages.length === 0) return null;
  const dismiss = () => {
    onDismiss();
    document.getElementById('fp-controls')?.focus();
  };
  return (
    <div
      className="nhsuk-notification-banner fp-link-messages"
      role="alert"
      aria-labelledby="fp-link-messages-title"
      data-testid="link-messages"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="fp-link-messages-title">
          Part of this link could not be used
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <ul className="fp-link-messages__list">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          onClick={dismiss}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** What came with the link that the user should know about (a user-built option): a quiet
 * status note, not an alert, as nothing went wrong. */
export function LinkNotices({notices}: {notices: string[]}) {
  const [closed, setClosed] = useState<string[] | null>(null);
  if (notices.length === 0 || closed === notices) return null;
  return (
    <div className="fp-link-notices" role="status" data-testid="link-notices">
      {notices.map((n, i) => (
        <p key={i} className="nhsuk-body-s">
          <strong className="fp-user-tag">User-built</strong> {n}
        </p>
      ))}
      <button type="button" className="fp-link-button" onClick={() => setClosed(notices)}>
        Close this note
      </button>
    </div>
  );
}

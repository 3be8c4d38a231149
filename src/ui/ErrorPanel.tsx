export function ErrorPanel({message, file}: {message: string; file: string | null}) {
  return (
    <main className="fp-panel-state">
      <div
        className="nhsuk-error-summary"
        role="alert"
        aria-labelledby="fp-error-title"
        tabIndex={-1}
      >
        <h2 className="nhsuk-error-summary__title" id="fp-error-title">
          Footprint could not load its data
        </h2>
        <div className="nhsuk-error-summary__body">
          <p>{message}</p>
          {file && (
            <p>
              The file <code>{file}</code> should be served beside the app. If you host Footprint
              yourself, rebuild it with <code>npm run build</code> and publish the whole{' '}
              <code>dist/</code> folder.
            </p>
          )}
          <p>
            <button
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={() => location.reload()}
            >
              Try again
            </button>
          </p>
        </div>
      </div>
    </main>
  );
}

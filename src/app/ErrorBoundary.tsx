import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  readonly failed: boolean;
}

/** Last resort: a render error shows a way back instead of a blank page. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="fatal" role="alert">
            <p>{t('errors.unexpected')}</p>
            <button type="button" className="primary big" onClick={() => window.location.reload()}>
              {t('editor.startOver')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}

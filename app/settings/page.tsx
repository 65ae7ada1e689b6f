import page from '@/components/app/page.module.css';
import { ModelSettings } from '@/components/settings/ModelSettings';
import { PromptSetSettings } from '@/components/settings/PromptSetSettings';

export default function SettingsPage() {
  return (
    <main className={page.page}>
      <div className="page-head">
        <div>
          <h1>Settings</h1>
          <p className="muted">
            Models are configured on the server (environment or <code>.env.local</code>); see the
            README. Keys are never shown here or sent to the browser.
          </p>
        </div>
      </div>
      <ModelSettings />
      <PromptSetSettings />
    </main>
  );
}

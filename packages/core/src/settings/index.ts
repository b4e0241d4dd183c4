export {
  defaultSettings,
  type PlatformSettingKey,
  type PlatformSettings,
  SETTING_KEYS,
} from './catalogue.ts';
export {
  listStoredSettings,
  readSettings,
  type SettingEntry,
  type SettingsDeps,
  SETTINGS_VERSION_KEY,
  settingsView,
  updateSetting,
} from './store.ts';

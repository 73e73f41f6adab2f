/**
 * The ONLY front-end file that imports `@vscode/webview-ui-toolkit` (deprecated upstream; see
 * docs/architecture.md). It registers the components the pages use and re-exports their element
 * types; everything else uses tag names and these types, so moving to another component library
 * (for example @vscode-elements/elements) changes this file and the markup, nothing else.
 *
 * Registered on import. Components that bind inline `style` attributes (badge, progress ring)
 * are left out on purpose: the pages' CSP has no 'unsafe-inline' for styles.
 */
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDivider,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeRadio,
  vsCodeRadioGroup,
  vsCodeTextArea,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';

export type { Button, Checkbox, Dropdown, Radio, RadioGroup, TextArea, TextField } from '@vscode/webview-ui-toolkit';

provideVSCodeDesignSystem().register(
  vsCodeButton(),
  vsCodeCheckbox(),
  vsCodeDivider(),
  vsCodeDropdown(),
  vsCodeOption(),
  vsCodeRadio(),
  vsCodeRadioGroup(),
  vsCodeTextArea(),
  vsCodeTextField(),
);

/** The tag names in use, for code that needs to tell components apart. */
export const Tag = {
  button: 'VSCODE-BUTTON',
  checkbox: 'VSCODE-CHECKBOX',
  dropdown: 'VSCODE-DROPDOWN',
  radioGroup: 'VSCODE-RADIO-GROUP',
  textArea: 'VSCODE-TEXT-AREA',
  textField: 'VSCODE-TEXT-FIELD',
} as const;

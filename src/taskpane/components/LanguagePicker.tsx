/** 语言: the pane's language, switched without checking again (findings keep their message ids). */
import * as React from "react";
import { Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import { LANGS, LANGUAGE_NAMES, LOCALES, Lang, isLang } from "../../core/i18n";
import { useSetLanguage, useStrings } from "../useStrings";

const useStyles = makeStyles({
  picker: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXXS,
  },
});

export function LanguagePicker(): React.JSX.Element {
  const styles = useStyles();
  const s = useStrings();
  const setLanguage = useSetLanguage();
  const id = useId("language");
  return (
    <span className={styles.picker}>
      <label htmlFor={id}>{s.language}</label>
      <Select
        id={id}
        size="small"
        appearance="underline"
        value={s.lang}
        onChange={(_, data) => {
          if (isLang(data.value)) setLanguage(data.value as Lang);
        }}
      >
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={LOCALES[lang]}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </Select>
    </span>
  );
}

/**
 * 帮助 → 关于: the version and where Office.js came from, so that whoever deployed the add-in
 * can see at a glance which build Excel loaded; and the way to the user guide (help.html).
 */
import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { BUILD, aboutLines, aboutText, currentAbout } from "../about";
import { useStrings } from "../useStrings";

const useStyles = makeStyles({
  section: {
    padding: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  box: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  label: { margin: 0, whiteSpace: "nowrap" },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export function About(): React.JSX.Element {
  const styles = useStyles();
  const { lang } = useStrings();
  const t = aboutText(lang);
  const { origin, host } = React.useMemo(currentAbout, []);
  return (
    <section className={styles.section} data-testid="about" aria-label={t.title}>
      <p className={styles.title}>{t.title}</p>
      <dl className={styles.box}>
        {aboutLines(lang, BUILD, origin, host).map((line) => (
          <React.Fragment key={line.label}>
            <dt className={styles.label}>{line.label}</dt>
            <dd className={styles.value}>{line.value}</dd>
          </React.Fragment>
        ))}
        <dt className={styles.label}>{t.manual}</dt>
        <dd className={styles.value}>
          <Link href="help.html" target="_blank" rel="noopener">
            help.html
          </Link>
        </dd>
      </dl>
    </section>
  );
}

/** The footer's 帮助 link, opening and closing About above it. */
export function HelpToggle({
  open,
  onToggle,
}: {
  open: boolean;
  onToggle(): void;
}): React.JSX.Element {
  const t = aboutText(useStrings().lang);
  return (
    <Link as="button" onClick={onToggle} aria-expanded={open} data-testid="help-toggle">
      {open ? t.close : t.link}
    </Link>
  );
}

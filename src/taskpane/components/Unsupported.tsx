/** Shown instead of the pane where this Excel can't run it, in words an accountant can act on. */
import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { About } from "./About";

const useStyles = makeStyles({ box: { padding: tokens.spacingHorizontalM } });

export function Unsupported({ title, text }: { title: string; text: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
      {/* Opened outside Excel, e.g. by whoever checks a deployment in a browser. */}
      <About />
    </div>
  );
}

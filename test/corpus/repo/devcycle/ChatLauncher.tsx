// Corpus: DevCycle React SDK.
// Source: @devcycle/react-client-sdk, src/useVariableValue.d.ts: useVariableValue(key, defaultValue);
// src/useVariable.d.ts: useVariable(key, defaultValue) returning a DVCVariable with `value`.
import React from 'react';
import { useVariable, useVariableValue } from '@devcycle/react-client-sdk';

export function ChatLauncher() {
  const chatWidget = useVariableValue('chat-widget', false);
  const greeting = useVariable(
    'chat-greeting',
    'Hi there',
  );
  const navbar = useVariableValue('new-navbar', false);
  return chatWidget ? <Chat greeting={greeting.value} compact={navbar} /> : null;
}

function Chat(props: { greeting: string; compact: boolean }) {
  return props.compact ? null : null;
}

/** Short messages (reasons, errors) as a plain list in a table cell, or `noneText` when there are none. */
export function MessageList({ messages, noneText }: { messages: readonly string[]; noneText: string }) {
  if (messages.length === 0) return noneText;
  return (
    <ul className="plain-list">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

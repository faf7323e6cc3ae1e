import type { Message } from '@/lib/domain/ticket';

const timeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function formatTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
}

export function MessageItem({ message }: { message: Message }) {
  return (
    <li className={`message message-${message.author}`}>
      <div className="message-head">
        <span className="message-name">{message.name || (message.author === 'customer' ? 'Customer' : 'Agent')}</span>
        <span className="message-role">{message.author === 'customer' ? 'Customer' : 'Agent'}</span>
        {message.at && (
          <time className="message-time" dateTime={message.at}>
            {formatTime(message.at)}
          </time>
        )}
      </div>
      <p className="message-text">{message.text}</p>
    </li>
  );
}

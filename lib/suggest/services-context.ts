import { createContext, useContext } from 'react';
import type { ReplyServices } from './use-ticket-reply';

export const ReplyServicesContext = createContext<ReplyServices | null>(null);

export function useReplyServices(): ReplyServices {
  const services = useContext(ReplyServicesContext);
  if (!services) throw new Error('useReplyServices needs a ReplyServicesContext provider.');
  return services;
}

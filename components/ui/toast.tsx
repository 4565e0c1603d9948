"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

interface ToastMessage {
  id: number;
  title: string;
  tone: "success" | "error";
}

const ToastContext = createContext<(title: string, tone?: ToastMessage["tone"]) => void>(() => undefined);

export function useToast() {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const show = useCallback((title: string, tone: ToastMessage["tone"] = "success") => {
    setMessages((current) => [...current, { id: Date.now() + Math.random(), title, tone }]);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      <ToastPrimitive.Provider swipeDirection="right" duration={5000}>
        {children}
        {messages.map((message) => (
          <ToastPrimitive.Root
            key={message.id}
            type={message.tone === "error" ? "foreground" : "background"}
            onOpenChange={(open) => !open && setMessages((current) => current.filter((m) => m.id !== message.id))}
            className={`rounded-lg border px-4 py-3 text-sm shadow-lg ${message.tone === "error" ? "border-danger bg-danger-soft text-danger" : "border-success bg-success-soft text-success"}`}
          >
            <ToastPrimitive.Title>{message.title}</ToastPrimitive.Title>
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport className="fixed bottom-4 right-4 z-50 flex w-80 flex-col gap-2" />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}

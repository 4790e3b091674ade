// Saying a term aloud with the browser's own speech synthesis. Only voices that run on the
// device (localService) are used: a network voice would send the text to a server.

export function chineseVoice(): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((voice) => voice.localService && /^zh\b|^zh[-_]|^cmn/i.test(voice.lang));
}

export function speak(text: string): boolean {
  const voice = chineseVoice();
  if (!voice) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.85;
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
  return true;
}

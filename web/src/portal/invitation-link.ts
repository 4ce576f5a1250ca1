// The invitation page's address: #/invitation/<token>. Read before any login, so the client who
// opens the link sees the password form rather than the login page.
export function invitationTokenIn(hash: string): string | null {
  const match = /^#\/invitation\/([A-Za-z0-9_-]{20,200})$/.exec(hash);
  return match ? match[1]! : null;
}

/** How a person's status reads to a manager. */
export const personStatusLabel = { member: 'Member', 'new-hire': 'New hire', 'moved-on': 'Moved on' } as const;

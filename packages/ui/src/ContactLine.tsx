/** A contact person as a line: name in bold, then the function and a mail link when known. */
export function ContactLine({
  name,
  jobTitle,
  email,
}: {
  name: string;
  jobTitle?: string | null;
  email?: string | null;
}) {
  return (
    <>
      <strong>{name}</strong>
      {jobTitle && `, ${jobTitle}`}
      {email && (
        <>
          {" · "}
          <a href={`mailto:${email}`}>{email}</a>
        </>
      )}
    </>
  );
}
